package org.recordswatch.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLetterRendererTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theLetterIsAPdfWhoseTextReadsBackWithAccents() throws IOException {
        Letter letter = new Letter(List.of("Marisol Peña", "Somos Un Pueblo Unido"),
                List.of("Records Custodian", "New Mexico Department of Health"), "16 de enero de 2026",
                "Solicitud según la IPRA: Datos compartidos", "Estimado/a custodio:\n\nSolicito los registros públicos.\n",
                "Records Watch · nm_doh · solicitud 7");
        byte[] pdf = renderer.render(letter);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        String text = text(pdf);
        assertTrue(text.contains("Marisol Peña"), text);
        assertTrue(text.contains("Solicitud según la IPRA"), text);
        assertTrue(text.contains("Solicito los registros públicos."), text);
        assertTrue(text.contains("1 / 1"), text);
    }

    @Test
    void aLongLetterWrapsAndRunsOverSeveralPages() throws IOException {
        String paragraph = "All e-mails, text messages and attachments exchanged with federal immigration authorities "
                .repeat(8);
        String body = (paragraph + "\n\n").repeat(12);
        byte[] pdf = renderer.render(new Letter(List.of("A"), List.of("B"), null, "Subject", body, "footer"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("1 / " + doc.getNumberOfPages()));
        }
    }

    @Test
    void charactersTheFontCannotDrawAreReplacedNotDropped() throws IOException {
        byte[] pdf = renderer.render(new Letter(List.of("A"), List.of("B"), null, "S", "before \u4e2d after", null));
        String text = text(pdf);
        assertTrue(text.contains("before ? after"), text);
        assertEquals(-1, text.indexOf('\u4e2d'));
    }
}
