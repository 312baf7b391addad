package org.recordswatch.tagging.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void foldingKeepsTheLengthSoOffsetsHold() {
        String original = "Nació en Ciudad Juárez — “señor” Muñoz’s file";
        FoldedText f = FoldedText.of(original);
        assertEquals(original.length(), f.folded().length());
        assertEquals("Nacio en Ciudad Juarez - \"senor\" Munoz's file", f.folded());
    }

    @Test
    void ocrConfusionsInsideNumbersAreRepairedButWordsAreLeftAlone() {
        assertEquals("DOB 04/12/1987", FoldedText.fold("DOB O4/l2/1987"));
        assertEquals("SSN 401-22-7784", FoldedText.fold("SSN 4O1-22-7784"));
        assertEquals("Ortiz lives in Ohio", FoldedText.fold("Ortiz lives in Ohio"));
        assertEquals("Room 101B", FoldedText.fold("Room 101B"));
    }

    @Test
    void excerptsComeFromTheOriginalWithSpacesCollapsed() {
        FoldedText f = FoldedText.of("Vive en\n  Calle Peña 12");
        assertEquals("Vive en Calle Peña 12", f.excerpt(0, f.length()));
    }
}
