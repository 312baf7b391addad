package org.recordswatch.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.MessageExtractor;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.extraction.ExtractedNode;
import org.recordswatch.extraction.PageTextRow;

class ExtractedSourcesTest {

    private static ExtractedNode node(long id, String name, String type, Map<String, List<String>> meta, String text,
            List<PageTextRow> pages, List<ExtractedNode> children, String status) {
        return new ExtractedNode(id, name, id == 1 ? null : "/" + name, type, meta, text, pages, children, status);
    }

    @Test
    void keepsIdsNamesMetadataPagesAndChildrenInOrder() {
        ExtractedNode attachment = node(3, "reply.eml!list.xlsx", "application/vnd.ms-excel", Map.of(),
                "Name\tDOB\r\nA B\t1990-01-01", List.of(), List.of(), "DONE");
        ExtractedNode pdf = node(2, "print.pdf", "application/pdf", Map.of("Content-Type", List.of("application/pdf")),
                "", List.of(new PageTextRow(2, "second", true), new PageTextRow(1, "first\r\nline", false)),
                List.of(), "DONE");
        ExtractedNode root = new ExtractedNode(1, "reply.eml", null, "message/rfc822",
                Map.of("Message:From-Email", List.of("x@example.gov"), "X-TIKA:content", List.of("<html/>")),
                "Body\r\ntext", List.of(), List.of(attachment, pdf), "DONE");

        SourceDocument doc = ExtractedSources.toSource(root);

        assertEquals("1", doc.id());
        assertEquals("reply.eml", doc.name());
        assertEquals("message/rfc822", doc.mediaType());
        assertEquals("x@example.gov", doc.first("Message:From-Email"));
        assertEquals(null, doc.first("X-TIKA:content"), "Tika's markup is not metadata");
        assertEquals("Body\ntext", doc.text(), "line breaks normalised");
        assertEquals(List.of("3", "2"), doc.children().stream().map(SourceDocument::id).toList());
        SourceDocument p = doc.children().get(1);
        assertEquals("/print.pdf", p.embeddedPath());
        assertEquals(2, p.pages().size());
        assertEquals(1, p.pages().get(0).number(), "pages sorted by number");
        assertEquals("first\nline", p.pages().get(0).text());
        assertTrue(p.pages().get(1).ocr());
        Map<String, String> texts = new HashMap<>();
        ExtractedSources.collectTexts(doc, texts);
        assertEquals("first\nline\nsecond", texts.get("2"));
        assertEquals("Name\tDOB\nA B\t1990-01-01", texts.get("3"));
    }

    @Test
    void aDocumentStillBeingExtractedContributesNoText() {
        ExtractedNode root = node(1, "late.txt", "text/plain", Map.of(), "partial text", List.of(), List.of(),
                "PARSING");
        assertEquals("", ExtractedSources.toSource(root).text());
        ExtractedNode failed = node(1, "cut.txt", "text/plain", Map.of(), "what was read", List.of(), List.of(),
                "FAILED_LIMIT");
        assertEquals("what was read", ExtractedSources.toSource(failed).text(), "partial text of a failure is kept");
    }

    @Test
    void aStoredEmailSplitsLikeTikasRmetaOutput() {
        ExtractedNode eml = new ExtractedNode(7, "note.eml", null, "message/rfc822", Map.of(
                "Message:From-Email", List.of("ana.diaz@agency.example.gov"),
                "Message:From-Name", List.of("Diaz, Ana"),
                "Message-To", List.of("Ben Ode <ben.ode@fed.example.gov>"),
                "dcterms:created", List.of("2020-02-03T17:05:00Z"),
                "dc:title", List.of("Appointment")), "Ben,\r\nThe appointment is on Monday.\r\n", List.of(),
                List.of(), "DONE");
        MessageExtractor extractor = new MessageExtractor(ParseSettings.of(ZoneId.of("America/Denver"), "st_x"));

        List<ParsedMessage> messages = extractor.extract(ExtractedSources.toSource(eml)).messages();

        assertEquals(1, messages.size());
        ParsedMessage m = messages.get(0);
        assertEquals("ana.diaz@agency.example.gov", m.from().email());
        assertEquals("Ana Diaz", m.from().name());
        assertEquals("Appointment", m.subject());
        assertEquals(OffsetDateTime.parse("2020-02-03T17:05Z").toInstant(), m.sentAt().toInstant());
        assertEquals("7", m.source().documentId());
        assertEquals("st_x", m.source().producingAgency());
    }
}
