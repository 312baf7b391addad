package org.recordswatch.communication.parse.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

class EmailMessageReaderTest {

    private static final ParseSettings DENVER = ParseSettings.of(ZoneId.of("America/Denver"), "st_agency");
    private static final SourceRef REF = new SourceRef("d1", "reply.eml", Locator.message(1), "st_agency");

    private static ParsedMessage read(SourceDocument doc) {
        return EmailMessageReader.read(doc, REF, DENVER);
    }

    @Test
    void readsAnEmlAsTikasRfc822ParserDescribesIt() {
        SourceDocument eml = SourceDocument.builder("d1").mediaType("message/rfc822")
                .meta("Message-From", "Roe, Jane <jr@state.example.gov>")
                .meta("Message:From-Email", "jr@state.example.gov").meta("Message:From-Name", "Roe, Jane")
                .meta("Message-To", "\"Kay, Tom\" <tk@fed.example.gov>", "Kay, Tom <tk@fed.example.gov>")
                .meta("Message-Cc", "Lee, Ana <al@state.example.gov>")
                .meta("dcterms:created", "2019-07-09T15:45:00Z").meta("dc:title", "RE: Client address")
                .meta("Message:Raw-Header:Message-ID", "<r2@state.example.gov>")
                .meta("Message:Raw-Header:In-Reply-To", "<r1@fed.example.gov>")
                .meta("Message:Raw-Header:References", "<r0@fed.example.gov> <r1@fed.example.gov>")
                .text("""
                        Tom,
                        She lives at 9 Pine Rd.

                        Jane Roe
                        Caseworker

                        From: Kay, Tom <tk@fed.example.gov>
                        Sent: Tuesday, July 9, 2019 9:45 AM
                        To: Roe, Jane <jr@state.example.gov>
                        Subject: Client address

                        Where does she live?""")
                .child("d1#1", c -> c.mediaType("application/pdf").meta("resourceName", "consent.pdf"))
                .child("d1#2", c -> c.mediaType("image/png").meta("resourceName", "image001.png")
                        .meta("embeddedResourceType", "INLINE"))
                .build();

        ParsedMessage m = read(eml);

        assertEquals(new Party("Jane Roe", "jr@state.example.gov", null), m.from());
        assertEquals(List.of(new Party("Tom Kay", "tk@fed.example.gov", null)), m.to(), "duplicates removed");
        assertEquals("al@state.example.gov", m.cc().get(0).email());
        assertEquals(OffsetDateTime.parse("2019-07-09T09:45-06:00"), m.sentAt());
        assertEquals(TimeBasis.HEADER, m.timeBasis());
        assertEquals("RE: Client address", m.subject());
        assertEquals("r2@state.example.gov", m.messageId());
        assertEquals("r1@fed.example.gov", m.inReplyTo());
        assertEquals(List.of("r0@fed.example.gov", "r1@fed.example.gov"), m.references());
        assertEquals("Tom,\nShe lives at 9 Pine Rd.\n\nJane Roe\nCaseworker", m.ownText());
        assertEquals("Jane Roe\nCaseworker", m.signature());
        assertEquals(1, m.quoted().size());
        assertEquals(1, m.attachments().size(), "inline images are not attachments");
        assertEquals("consent.pdf", m.attachments().get(0).name());
        assertEquals("d1#1", m.attachments().get(0).documentId());
    }

    @Test
    void aRawDateHeaderKeepsTheSendersOffset() {
        SourceDocument eml = SourceDocument.builder("d1").mediaType("message/rfc822")
                .meta("Message:From-Email", "a@example.gov").meta("dcterms:created", "2019-07-09T15:45:00Z")
                .meta("Message:Raw-Header:Date", "Tue, 9 Jul 2019 11:45:00 -0400").build();
        assertEquals(OffsetDateTime.parse("2019-07-09T11:45-04:00"), read(eml).sentAt());
    }

    @Test
    void readsOutlookMsgRecipientListsAndDropsTikasHeaderEcho() {
        SourceDocument msg = SourceDocument.builder("d2").mediaType("application/vnd.ms-outlook")
                .meta("Message-From", "Roe, Jane").meta("Message:From-Name", "Roe, Jane")
                .meta("Message:From-Email", "jr@state.example.gov")
                .meta("Message-To", "Kay, Tom; Lee, Ana")
                .meta("Message:To-Email", "tk@fed.example.gov", "al@state.example.gov")
                .meta("Message:To-Display-Name", "Kay, Tom", "Lee, Ana")
                .meta("dc:title", "RE: Hi").meta("dc:subject", "Hi")
                .meta("mapi:internet-message-id", "<m1@state.example.gov>")
                .meta("dcterms:created", "2019-01-08T16:02:00Z")
                .text("RE: Hi\nFrom\nRoe, Jane\nTo\nKay, Tom; Lee, Ana\nRecipients\ntk@fed.example.gov\n\nHello both.")
                .build();

        ParsedMessage m = read(msg);

        assertEquals(List.of(new Party("Tom Kay", "tk@fed.example.gov", null),
                new Party("Ana Lee", "al@state.example.gov", null)), m.to());
        assertEquals("RE: Hi", m.subject(), "the literal subject, not the conversation topic");
        assertEquals("m1@state.example.gov", m.messageId());
        assertEquals("Hello both.", m.ownText());
        assertEquals(OffsetDateTime.parse("2019-01-08T09:02-07:00"), m.sentAt());
    }

    @Test
    void mailboxMessagesTrustTheSenderAddressOverQuotedSendersInDcCreator() {
        SourceDocument mbox = SourceDocument.builder("d3").mediaType("message/rfc822")
                .meta("Message-From", "Kay, Tom <tk@fed.example.gov>", "Roe, Jane <jr@state.example.gov>")
                .meta("dc:creator", "Kay, Tom <tk@fed.example.gov>", "Roe, Jane <jr@state.example.gov>")
                .meta("Message:From-Email", "jr@state.example.gov").meta("Message:From-Name", "Roe, Jane")
                .meta("dcterms:created", "2019-02-26T16:03:03Z").build();
        assertEquals("jr@state.example.gov", read(mbox).from().email());
        assertEquals("Jane Roe", read(mbox).from().name());
    }

    @Test
    void aMessageWithoutSenderOrDateSaysSo() {
        ParsedMessage m = read(SourceDocument.builder("d4").mediaType("message/rfc822").text("hi").build());
        assertEquals(null, m.from());
        assertEquals(null, m.sentAt());
        assertTrue(m.notes().contains("no sender in the message metadata"));
        assertTrue(m.notes().contains("no sent time in the message metadata"));
    }

    @Test
    void pstItemsPreferTheSubmitTimeAndTheTransportHeadersOverExchangeNames() {
        SourceDocument item = SourceDocument.builder("p1").mediaType("application/x-tika-pst-mail-item")
                .meta("Message-From", "Roe, Jane").meta("Message:From-Name", "Roe, Jane")
                .meta("Message:From-Email", "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JROE")
                .meta("Message:To-Display-Name", "Kay, Tom; Lee, Ana", "Kay, Tom", "Lee, Ana")
                .meta("Message:To-Email", "tk@fed.example.gov", "al@state.example.gov")
                .meta("Message:Raw-Header:FROM", "\"Roe, Jane\" <jr@state.example.gov>")
                .meta("mapi:message-class-raw", "IPM.Note")
                .meta("dcterms:created", "2019-01-08T18:00:00Z")
                .meta("mapi:msg-submission-accepted-at-time", "2019-01-08T16:02:00Z").build();

        ParsedMessage m = read(item);

        assertTrue(EmailMessageReader.isMessage(item));
        assertEquals(new Party("Jane Roe", "jr@state.example.gov", null), m.from());
        assertEquals(List.of(new Party("Tom Kay", "tk@fed.example.gov", null),
                new Party("Ana Lee", "al@state.example.gov", null)), m.to());
        assertEquals(OffsetDateTime.parse("2019-01-08T09:02-07:00"), m.sentAt());
    }

    @Test
    void contactsTasksAndCalendarEntriesOfAStoreAreNoMessages() {
        SourceDocument contact = SourceDocument.builder("p2").mediaType("application/x-tika-pst-mail-item")
                .meta("mapi:message-class-raw", "IPM.Contact").build();
        SourceDocument invite = SourceDocument.builder("p3").mediaType("application/x-tika-pst-mail-item")
                .meta("mapi:message-class-raw", "IPM.Schedule.Meeting.Request").build();
        assertTrue(!EmailMessageReader.isMessage(contact));
        assertTrue(EmailMessageReader.isMessage(invite));
    }

    @Test
    void outlooksConversationIndexGivesTheConversation() {
        // 22 bytes of conversation header; a reply appends a 5-byte child block
        String first = java.util.Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
        String reply = java.util.Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 40, 41, 42, 43, 44});
        SourceDocument a = SourceDocument.builder("a").mediaType("message/rfc822")
                .meta("Message:Raw-Header:Thread-Index", first).build();
        SourceDocument b = SourceDocument.builder("b").mediaType("message/rfc822")
                .meta("Message:Raw-Header:Thread-Index", reply).build();
        SourceDocument msg = SourceDocument.builder("c").mediaType("application/vnd.ms-outlook")
                .meta("mapi:conversation-index", "0102030405060708090a0b0c0d0e0f10111213141516" + "2829").build();
        assertEquals(read(a).conversationKey(), read(b).conversationKey());
        assertEquals(read(a).conversationKey(), read(msg).conversationKey());
        assertEquals(null, read(SourceDocument.builder("d").mediaType("message/rfc822").build()).conversationKey());
    }
}
