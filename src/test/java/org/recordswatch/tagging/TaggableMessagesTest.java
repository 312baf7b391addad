package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.QuotedMessage;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;
import org.recordswatch.communication.parse.resolve.Communication;
import org.recordswatch.communication.parse.resolve.ConversationThread;
import org.recordswatch.communication.parse.resolve.Resolution;

class TaggableMessagesTest {

    @Test
    void aCommunicationBecomesWhatTheEngineReadsWithTheAttachmentsOfAllItsAppearances() {
        OffsetDateTime sent = OffsetDateTime.parse("2021-05-04T10:15:00-06:00");
        ParsedMessage eml = ParsedMessage.builder(Channel.EMAIL, new SourceRef("doc1", "reply.eml", Locator.message(1),
                        "az_mvd"))
                .from(Party.of("Omar Benally", "omar.benally@azdot.gov")).to(List.of(Party.of("Rita Cho",
                        "rita.cho@ice.dhs.gov")))
                .cc(List.of(Party.withPhone("Bea Reyna", "(602) 555-0100"))).sentAt(sent, TimeBasis.STATED_ZONE)
                .subject("RE: Check").ownText("Photo attached.\n\nOmar").signature("Omar")
                .quoted(List.of(new QuotedMessage(Party.of("Rita Cho", "rita.cho@ice.dhs.gov"), List.of(), null,
                        "Check", "Anything on RUIZ, Ana?", false)))
                .attachment(new AttachmentRef("doc1#1", "RUIZ.jpg", "image/jpeg", "")).build();
        ParsedMessage printed = ParsedMessage.builder(Channel.EMAIL, new SourceRef("doc2", "print.pdf",
                        Locator.pages(3, 4), "az_mvd"))
                .from(Party.of("Omar Benally", null)).sentAt(sent, TimeBasis.AGENCY_ZONE).subject("RE: Check")
                .ownText("Photo attached.").attachment(new AttachmentRef(null, "notes.pdf", null, "Credential photo"))
                .build();
        Communication c = new Communication("c1", eml, List.of(eml, printed), "t1");
        Resolution r = new Resolution(List.of(c), List.of(new ConversationThread("t1", List.of("c1"), "check")));

        List<MessageThread> threads = TaggableMessages.threads(r, Map.of("doc1#1", "")::get);
        assertEquals(1, threads.size());
        TaggableMessage m = threads.get(0).messages().get(0);
        assertEquals("c1", m.id());
        assertEquals("omar.benally@azdot.gov", m.from().email());
        assertEquals("rita.cho@ice.dhs.gov", m.to().get(0).email());
        assertEquals("(602) 555-0100", m.cc().get(0).phone());
        assertEquals(sent.toInstant(), m.sentAt());
        assertEquals("Omar", m.signature());
        assertTrue(m.quotedHistory().contains("RUIZ, Ana"));
        assertEquals("az_mvd", m.producingAgency());
        assertEquals(Medium.EMAIL, m.medium());
        assertEquals(List.of("RUIZ.jpg", "notes.pdf"), m.attachments().stream().map(AttachmentText::name).toList());
        assertEquals("image/jpeg", m.attachments().get(0).mediaType());
        assertEquals("Credential photo", m.attachments().get(1).text());
    }

    @Test
    void aCommunicationOutsideAnyThreadGetsAThreadOfItsOwn() {
        ParsedMessage text = ParsedMessage.builder(Channel.TEXT_MESSAGE, new SourceRef("d", "texts.txt",
                Locator.message(2), "az_acj")).from(Party.withPhone("Kay Lund", "(520) 555-0161"))
                .ownText("On my way").build();
        Resolution r = new Resolution(List.of(new Communication("c9", text, List.of(text), null)), List.of());
        List<MessageThread> threads = TaggableMessages.threads(r, id -> null);
        assertEquals("c9", threads.get(0).id());
        assertEquals(Medium.TEXT_MESSAGE, threads.get(0).messages().get(0).medium());
    }
}
