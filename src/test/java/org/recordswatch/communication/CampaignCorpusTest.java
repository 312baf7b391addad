package org.recordswatch.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;
import org.recordswatch.communication.parse.resolve.Communication;

class CampaignCorpusTest {

    private static ParsedMessage message(String documentId, String documentName, Locator locator, String agency,
            AttachmentRef attachment) {
        ParsedMessage.Builder b = ParsedMessage.builder(Channel.EMAIL,
                new SourceRef(documentId, documentName, locator, agency))
                .from(Party.of("Roe, Jane", "jane.roe@state.example.gov"))
                .to(List.of(Party.of("Tom Kay", "tk@fed.example.gov")))
                .cc(List.of(Party.of("Ana Lee", null)))
                .sentAt(OffsetDateTime.parse("2019-07-09T09:45-06:00"), TimeBasis.AGENCY_ZONE)
                .subject("RE: Client address").ownText("She lives at 9 Pine Rd.");
        if (attachment != null) {
            b.attachment(attachment);
        }
        return b.build();
    }

    @Test
    void turnsAResolvedCommunicationIntoStoredContentWithEveryAppearance() {
        ParsedMessage inPrintout = message("11", "print.pdf", Locator.pages(3, 4), "st_a",
                AttachmentRef.named("list.xlsx"));
        ParsedMessage inEml = message("12", "reply.eml", Locator.whole(), "st_b",
                new AttachmentRef("13", "list.xlsx", "application/vnd.ms-excel", ""));
        CampaignCorpus corpus = CampaignCorpus.resolve(5, 2, List.of(inPrintout, inEml), Map.of("13", "rows"),
                Map.of("11", 100L, "12", 200L, "13", 200L));

        assertEquals(1, corpus.resolution().communications().size(), "the same message in two files is one");
        Communication c = corpus.resolution().communications().get(0);
        CommunicationContent content = corpus.content(c);

        assertEquals("Jane Roe", content.fromName());
        assertEquals("jane.roe@state.example.gov", content.fromEmail());
        assertEquals(List.of(PartyKind.TO, PartyKind.CC),
                content.recipients().stream().map(CommunicationContent.Recipient::kind).toList());
        assertEquals(2, content.appearances().size());
        SourcePlace first = content.appearances().get(0);
        assertEquals(new SourcePlace(100, 11, "print.pdf", "pages 3-4", 3, 4, "st_a"), first);
        SourcePlace second = content.appearances().get(1);
        assertEquals(200, second.requestId());
        assertNull(second.pageFrom());
        assertEquals(2, content.attachments().size(), "the named and the extracted attachment");
        assertEquals(13L, content.attachments().get(1).documentId());
        assertEquals("rows", corpus.textOf("13"));
        assertEquals(TimeBasis.AGENCY_ZONE, content.timeBasis());
    }

    @Test
    void anAppearanceInAnUnknownDocumentIsLeftOut() {
        CampaignCorpus corpus = CampaignCorpus.resolve(5, 1, List.of(), Map.of(), Map.of("11", 1L));
        assertNull(corpus.place(new SourceRef("not-a-number", "x", Locator.whole(), null)));
        assertNull(corpus.place(new SourceRef("99", "x", Locator.whole(), null)), "document of no request");
        assertEquals("message 2", corpus.place(new SourceRef("11", "box.mbox", Locator.message(2), null)).locator());
    }
}
