package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationContent;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.communication.PartyKind;
import org.recordswatch.communication.SourcePlace;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.TimeBasis;

class CommunicationExportRowTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Communication communication(ConversationThread thread) {
        Communication c = new Communication(9, "c-abc");
        c.update(new CommunicationContent(Channel.EMAIL, OffsetDateTime.parse("2019-03-05T10:14:00-07:00"),
                TimeBasis.AGENCY_ZONE, "Jane Roe", "jane.roe@state.example.gov", null, "RE: records", "Her DOB",
                null, "quoted", null, null, List.of(), null, false, List.of(),
                List.of(new CommunicationContent.Recipient(PartyKind.TO, "Tom Kay", "tk@fed.example.gov", null),
                        new CommunicationContent.Recipient(PartyKind.CC, "Ana Lee", null, null)),
                List.of(), List.of(new SourcePlace(1, 2, "a/print.pdf", "pages 3-4", 3, 4, "st_a"),
                        new SourcePlace(1, 3, "a/again.pdf", "page 1", 1, 1, "st_a"),
                        new SourcePlace(1, 2, "a/print.pdf", "pages 9-10", 9, 10, "st_a"))), thread, AT);
        return c;
    }

    @Test
    void writesTheEvaluationColumnsFromTheTags() {
        ConversationThread thread = new ConversationThread(9, "t-xyz");
        Communication c = communication(thread);
        List<CommunicationTag> tags = List.of(
                CommunicationTag.detected(c, TagKind.SENDER_ORG, "st_a", "party:domain", 0.9),
                CommunicationTag.detected(c, TagKind.RECIPIENT_ORG, "fed_b", "party:domain", 0.9),
                CommunicationTag.detected(c, TagKind.DIRECTION, "state_to_federal", "direction", 1.0),
                CommunicationTag.detected(c, TagKind.CATEGORY, "home_address", "addr", 0.8).disclosed(true),
                CommunicationTag.detected(c, TagKind.CATEGORY, "date_of_birth", "dob", 0.9).disclosed(true));
        List<ThreadTag> threadTags = List.of(new ThreadTag(thread, ThreadTagKind.INITIATOR, "state"),
                new ThreadTag(thread, ThreadTagKind.OUTCOME, "disclosed"));

        ExportRow row = CommunicationExport.row(c, tags, threadTags, c.getRecipients(), c.getAppearances());

        assertEquals("c-abc", row.id());
        assertEquals("a/print.pdf", row.document());
        assertEquals("pages 3-4", row.locator());
        assertEquals("2019-03-05T10:14:00-07:00", row.sentAt());
        assertEquals("st_a", row.fromOrg());
        assertEquals(List.of("fed_b"), row.toOrgs());
        assertEquals("t-xyz", row.threadId());
        assertEquals("state", row.initiatedBy());
        assertEquals("st_a", row.producingAgency());
        assertEquals(List.of("date_of_birth", "home_address"), row.categories(), "sorted");
        assertEquals(row.categories(), row.disclosed());
        assertEquals(List.of("a/again.pdf"), row.alsoIn());
        assertEquals("3-4", row.pages());
        assertEquals("Tom Kay <tk@fed.example.gov>", row.to());
        assertEquals("Ana Lee", row.cc());
        assertEquals(ExportRow.COLUMNS.size(), row.cells().size());
        assertEquals("date_of_birth;home_address", row.cells().get(ExportRow.COLUMNS.indexOf("categories")));
    }

    @Test
    void analystDecisionsWinAndRejectedTagsDoNotCount() {
        Communication c = communication(null);
        CommunicationTag rejected = CommunicationTag.detected(c, TagKind.CATEGORY, "home_address", "addr", 0.8);
        rejected.reject("ana", AT, "office address");
        List<CommunicationTag> tags = List.of(
                CommunicationTag.detected(c, TagKind.DIRECTION, "state_to_federal", "direction", 1.0),
                CommunicationTag.byAnalyst(c, TagKind.DIRECTION, "internal", "ana", AT, "both state staff"),
                rejected,
                CommunicationTag.byAnalyst(c, TagKind.CATEGORY, "ssn", "ana", AT, null));

        ExportRow row = CommunicationExport.row(c, tags, List.of(), List.of(), List.of());

        assertEquals("internal", row.direction());
        assertEquals(List.of("ssn"), row.categories());
        assertEquals(List.of(), row.disclosed(), "nothing is disclosed by an internal message");
        assertEquals("", row.threadId());
        assertEquals("", row.initiatedBy());
    }
}
