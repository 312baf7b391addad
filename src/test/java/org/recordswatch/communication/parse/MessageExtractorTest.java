package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageExtractorTest {

    private final MessageExtractor extractor = new MessageExtractor(
            ParseSettings.of(ZoneId.of("America/Denver"), "st_agency"));

    private static SourceDocument.Builder eml(String id, String from, String created) {
        return SourceDocument.builder(id).mediaType("message/rfc822").meta("Message:From-Email", from)
                .meta("dcterms:created", created).meta("dc:title", "Subject " + id).text("Body of " + id);
    }

    @Test
    void mailboxMessagesAreNumberedInTheMailbox() {
        SourceDocument mbox = SourceDocument.builder("box").name("agency/box.mbox").mediaType("application/mbox")
                .child(eml("box#1", "a@example.gov", "2019-01-02T10:00:00Z").name("agency/box.mbox!1").build())
                .child(eml("box#2", "b@example.gov", "2019-01-03T10:00:00Z").name("agency/box.mbox!2").build())
                .build();

        List<ParsedMessage> m = extractor.extract(mbox).messages();

        assertEquals(2, m.size());
        assertEquals(new SourceRef("box", "agency/box.mbox", Locator.message(2), "st_agency"), m.get(1).source());
    }

    @Test
    void archiveMembersAreDocumentsOfTheirOwnAndAttachmentsStayWithTheirMessage() {
        SourceDocument zip = SourceDocument.builder("z").name("agency/prod.zip").mediaType("application/zip")
                .child(eml("z#1", "a@example.gov", "2019-01-02T10:00:00Z").name("agency/prod.zip!a.eml")
                        .child("z#1/1", c -> c.mediaType("application/pdf").meta("resourceName", "order.pdf")
                                .page("From: x@example.gov\nSent: 2019-01-01 09:00\nTo: y@example.gov\n"
                                        + "Subject: inside the attachment\n\nnot a message of the zip"))
                        .build())
                .child("z#2", c -> c.name("agency/prod.zip!notes.txt").mediaType("text/plain")
                        .text("From: Roe, Jane <jr@example.gov>\nSent: Monday, March 4, 2019 8:15 AM\n"
                                + "To: Kay, Tom\nSubject: Notes\n\nSee notes."))
                .build();

        List<ParsedMessage> m = extractor.extract(zip).messages();

        assertEquals(2, m.size());
        assertEquals("agency/prod.zip!a.eml", m.get(0).source().documentName());
        assertEquals(Locator.message(1), m.get(0).source().locator());
        assertEquals("order.pdf", m.get(0).attachments().get(0).name());
        assertEquals("agency/prod.zip!notes.txt", m.get(1).source().documentName());
        assertEquals(Locator.pages(1, 1), m.get(1).source().locator());
    }

    @Test
    void aStructuredTextExportWinsOverEmailLikeLabelsButAChatPastedIntoAnEmailStaysInIt() {
        String records = "From: Sam Hale\nTo: Lena Ortiz\nDate: 2020-03-02 07:15\nBody: Here?\n\n"
                + "From: Lena Ortiz\nTo: Sam Hale\nDate: 2020-03-02 07:16\nBody: Yes.\n";
        List<ParsedMessage> texts = extractor.extract(SourceDocument.builder("t").mediaType("text/plain")
                .text(records).build()).messages();
        assertEquals(2, texts.size());
        assertTrue(texts.stream().allMatch(x -> x.channel() == Channel.TEXT_MESSAGE));

        String email = "From: Roe, Jane <jr@example.gov>\nSent: Monday, March 4, 2019 8:15 AM\nTo: Kay, Tom\n"
                + "Subject: Chat log\n\nHere is the chat:\n3/2/20, 7:15 AM - Sam Hale: Here?\n"
                + "3/2/20, 7:16 AM - Lena Ortiz: Yes.\n";
        List<ParsedMessage> mail = extractor.extract(SourceDocument.builder("e").mediaType("application/pdf")
                .page(email).build()).messages();
        assertEquals(1, mail.size());
        assertEquals(Channel.EMAIL, mail.get(0).channel());
        assertTrue(mail.get(0).ownText().contains("Lena Ortiz: Yes."));
    }

    @Test
    void aPdfWithoutTextOrHeadersIsReportedInTheNotes() {
        SplitResult empty = extractor.extract(SourceDocument.builder("p").name("scan.pdf")
                .mediaType("application/pdf").build());
        assertTrue(empty.messages().isEmpty());
        assertEquals(List.of("scan.pdf: no text (needs OCR?)"), empty.notes());
        SplitResult letter = extractor.extract(SourceDocument.builder("l").name("letter.pdf")
                .mediaType("application/pdf").page("Dear requester, enclosed are the records.").build());
        assertEquals(List.of("letter.pdf: no message header found"), letter.notes());
    }

    @Test
    void emailsEmbeddedInAPdfPortfolioAreReadButItsImagesAreNot() {
        SourceDocument portfolio = SourceDocument.builder("pf").name("agency/portfolio.pdf")
                .mediaType("application/pdf").page("Records produced under request 19-204")
                .child(eml("pf#1", "a@example.gov", "2019-01-02T10:00:00Z").name("agency/portfolio.pdf!a.msg")
                        .mediaType("application/vnd.ms-outlook").build())
                .child("pf#2", c -> c.mediaType("image/jpeg").text("From: x@example.gov Sent: 2019-01-01 09:00"))
                .build();
        List<ParsedMessage> m = extractor.extract(portfolio).messages();
        assertEquals(1, m.size());
        assertEquals("agency/portfolio.pdf!a.msg", m.get(0).source().documentName());
    }
}
