package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class XhtmlTextTest {

    private static final String HEAD = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Ignored title</title>"
            + "<meta name=\"x\" content=\"y\"/></head><body>";

    @Test
    void pagesAreSplitAndOcrPagesAreMarked() {
        XhtmlText.Content content = XhtmlText.read(HEAD
                + "<div class=\"page\"><p>Alpha text</p><p>on page one</p></div>"
                + "<div class=\"page\"><div class=\"ocr\">Scanned words</div></div>"
                + "<div class=\"page\"></div></body></html>");
        assertEquals(List.of(new ExtractedPage(1, "Alpha text\non page one", false),
                new ExtractedPage(2, "Scanned words", true), new ExtractedPage(3, "", false)), content.pages());
        assertTrue(content.ocr());
        assertEquals("Alpha text\non page one\nScanned words", content.text());
    }

    @Test
    void theHeadIsNotTextAndTablesKeepTheirCells() {
        XhtmlText.Content content = XhtmlText.read(HEAD
                + "<table><tr><td>Name</td><td>Amount</td></tr><tr><td>Rent</td><td>900</td></tr></table>"
                + "</body></html>");
        assertEquals("Name\tAmount\nRent\t900", content.text());
        assertEquals(List.of(), content.pages());
        assertFalse(content.ocr());
    }

    @Test
    void xhtmlCutShortKeepsWhatCameBeforeTheCut() {
        XhtmlText.Content content = XhtmlText.read(HEAD + "<div class=\"page\"><p>Complete first page</p></div>"
                + "<div class=\"page\"><p>Second page cut in the mid");
        assertEquals(2, content.pages().size());
        assertEquals("Second page cut in the mid", content.pages().get(1).text());
        assertTrue(content.text().endsWith("cut in the mid"));
    }

    @Test
    void escapedMarkupStaysText() {
        XhtmlText.Content content = XhtmlText.read(HEAD + "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"
                + "</body></html>");
        assertEquals("<script>alert(1)</script> & more", content.text());
    }

    @Test
    void charactersXmlCannotCarryDoNotCutTheText() {
        XhtmlText.Content content = XhtmlText.read(HEAD + "<p>before\u0001after \uD800 lone</p><p>next</p></body></html>");
        assertEquals("before\uFFFDafter \uFFFD lone\nnext", content.text());
    }

    @Test
    void millionsOfEmptyLinesAreTidiedInLinearTime() {
        String text = "first" + " \t\n".repeat(2_000_000) + "last";
        assertEquals("first\n\nlast", XhtmlText.tidy(text));
        assertEquals("a\nb\n\nc", XhtmlText.tidy("\n\n  a  \nb\t\n\n\n\nc\n\n"));
    }

    @Test
    void nothingGivesEmptyContent() {
        assertEquals(XhtmlText.Content.EMPTY, XhtmlText.read(null));
        assertEquals(XhtmlText.Content.EMPTY, XhtmlText.read("  "));
    }
}
