package org.recordswatch.tagging.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.detect.Seed;

class TextLayoutTest {

    private static TextLayout layout(String text) {
        return TextLayout.of(FoldedText.of(text), Seed.TAXONOMY.cues(), null, null, false);
    }

    private static List<String> sentences(String text) {
        TextLayout l = layout(text);
        return l.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titlesInitialsAndAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Mr. Ruiz met Ms. Ana B. Soto at 9 a.m. on Monday.", "She left."),
                sentences("Mr. Ruiz met Ms. Ana B. Soto at 9 a.m. on Monday. She left."));
    }

    @Test
    void labelledLinesListItemsAndTableRowsAreUnitsOfTheirOwn() {
        assertEquals(List.of("Here is what we have:", "Address: 12 Elm St", "Phone: 555", "- plate ABC-123"),
                sentences("Here is what we have:\nAddress: 12 Elm St\nPhone: 555\n- plate ABC-123"));
    }

    @Test
    void aWrappedSentenceStaysOneSentence() {
        assertEquals(List.of("Could you send me his current address\nand any vehicles registered to him?"),
                sentences("Could you send me his current address\nand any vehicles registered to him?"));
    }

    @Test
    void questionsAndRequestsAreMarkedInEnglishAndSpanish() {
        TextLayout l = layout("Does she have an ITIN? Please send the file. ¿Me puedes ayudar? Vive aqui.");
        List<Sentence> s = l.sentences();
        assertTrue(s.get(0).question());
        assertTrue(s.get(1).request());
        assertTrue(s.get(2).question());
        assertFalse(s.get(3).question() || s.get(3).request());
    }

    @Test
    void aQuestionAfterACommaLeavesTheStatementBeforeItAlone() {
        String text = "His wife Marisol keeps calling me, what should I tell her?";
        Sentence s = layout(text).sentences().get(0);
        assertTrue(s.question());
        assertEquals(text.indexOf("what"), s.questionStart());
    }

    @Test
    void negationReachesOnlyWithinItsClause() {
        String text = "He does not have a license; his wife is undocumented.";
        TextLayout l = layout(text);
        assertTrue(l.negatedAt(text.indexOf("license"), 60));
        assertFalse(l.negatedAt(text.indexOf("undocumented"), 60));
        String after = "Gender identity was not recorded.";
        assertTrue(layout(after).negatedAfter("Gender identity".length(), 60));
    }

    @Test
    void hedgesMakeAStatementAGuess() {
        String text = "We believe she may be living in Tempe.";
        assertTrue(layout(text).hedgedAt(text.indexOf("living")));
        assertFalse(layout("She is living in Tempe.").hedgedAt(7));
    }
}
