package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Side;
import org.recordswatch.communication.AnalysisStatus;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationFilter;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.PartyKind;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.job.JobContext;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.tagging.CampaignAnalysisJob;
import org.recordswatch.tagging.CommunicationExport;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.ExportRow;
import org.recordswatch.tagging.TagKind;
import org.recordswatch.tagging.TagSource;
import org.recordswatch.tagging.TagStatus;

/**
 * The analysis of a campaign over stored extractions of the test's own files (an Outlook print-out with two
 * messages, an .eml of the reply with its quoted history, a text-message export): communications, duplicates,
 * threads, tags, the export, analyst decisions surviving a re-analysis, and who may see the result.
 */
@ExtendWith(ArquillianExtension.class)
class CommunicationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CommunicationsIT.class, Fixtures.class, CommunicationFixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CommunicationFixtures data;

    @Inject
    CampaignAnalysisJob job;

    @Inject
    CommunicationService communications;

    @Inject
    CommunicationExport export;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    /** A job context that records how the job ended. */
    static final class TestJob implements JobContext {
        final long campaignId;
        String status;

        TestJob(long campaignId) {
            this.campaignId = campaignId;
        }

        @Override
        public long jobId() {
            return -1;
        }

        @Override
        public String kind() {
            return "analyze";
        }

        @Override
        public long subjectId() {
            return campaignId;
        }

        @Override
        public Long requestId() {
            return null;
        }

        /** Queued long ago: the analysis runs even if some extraction were still pending. */
        @Override
        public java.time.Instant queuedAt() {
            return java.time.Instant.EPOCH;
        }

        @Override
        public void progress(long done, long total, String note) {
            // not recorded
        }

        @Override
        public void finish(String finalStatus, String reason) {
            status = finalStatus;
        }
    }

    @Test
    void analysesACampaignsRecordsIntoCommunicationsThreadsTagsAndTheExport() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String stateDomain = "st" + u + ".example.gov";
        String fedDomain = "fd" + u + ".example.gov";
        String state = data.agency(Side.STATE, "NM", stateDomain);
        data.agency(Side.FEDERAL, "US", fedDomain);
        Organization org = fixtures.organization();
        Caller advocate = fixtures.advocate(org);
        Caller analyst = fixtures.user(Role.ANALYST, org.getId(), null);
        Caller strangerAnalyst = fixtures.user(Role.ANALYST, fixtures.organization().getId(), null);
        Caller officer = fixtures.officer(state);
        List<RecordsRequest> requests = fixtures.submittedCampaign(advocate, state);
        long requestId = requests.get(0).getId();
        long campaignId = requests.get(0).getCampaign().getId();

        String jane = "jane.roe@" + stateDomain;
        String tom = "tom.kay@" + fedDomain;
        String ask = "Jane,\nCan you send me the home address and date of birth of Pedro Alvarez?\n\n"
                + "Thanks,\nTom Kay\n";
        String answer = "Tom,\nHis date of birth is 03/14/1985 and he lives at 412 Elm Street, Santa Fe, NM 87501.\n\n"
                + "Jane Roe\nCaseworker\n";
        String page1 = "From: Kay, Tom <" + tom + ">\nSent: Tuesday, July 9, 2019 9:45 AM\nTo: Roe, Jane <" + jane
                + ">\nSubject: Client address\n\n" + ask;
        String page2 = "From: Roe, Jane <" + jane + ">\nSent: Tuesday, July 9, 2019 11:02 AM\nTo: Kay, Tom <" + tom
                + ">\nSubject: RE: Client address\n\n" + answer;
        long pdf = data.document(requestId, "production.pdf", "application/pdf", "",
                Map.of("Content-Type", List.of("application/pdf")), List.of(page1, page2));
        long eml = data.document(requestId, "RE Client address.eml", "message/rfc822", answer + "\n" + page1,
                Map.of("Content-Type", List.of("message/rfc822"), "Message:From-Email", List.of(jane),
                        "Message:From-Name", List.of("Roe, Jane"), "Message-From", List.of("Roe, Jane <" + jane + ">"),
                        "Message-To", List.of("Kay, Tom <" + tom + ">"), "Message:To-Email", List.of(tom),
                        "dcterms:created", List.of("2019-07-09T17:02:00Z"), "dc:title", List.of("RE: Client address"),
                        "Message:Raw-Header:Message-ID", List.of("<reply-" + u + "@" + stateDomain + ">")),
                List.of());
        long texts = data.document(requestId, "phone.txt", "text/plain", """
                MOBILE DEVICE REPORT
                Participants:
                  Jane Roe     +1 (505) 555-0142   (device owner)
                  Tom Kay      +1 (202) 555-0177
                Time zone: America/Denver
                ------------------------------------------------------------
                #1  07/10/2019 08:15:00 AM  Incoming  From: Tom Kay  To: Jane Roe
                    Did you get my email?
                #2  07/10/2019 08:16:30 AM  Outgoing  From: Jane Roe  To: Tom Kay
                    Yes, sent it yesterday.
                ------------------------------------------------------------
                2 messages
                """, Map.of("Content-Type", List.of("text/plain; charset=UTF-8")), List.of());

        TestJob run = new TestJob(campaignId);
        job.run(run);
        assertEquals("DONE", run.status);

        TestCallers.actAs(advocate);
        assertEquals(AnalysisStatus.DONE, communications.analysis(campaignId).status());
        List<Communication> all = communications.communications(campaignId, CommunicationFilter.none(), 0, 100);
        assertEquals(4, all.size(), "two e-mails (the reply once, though in two files) and two texts: " + all.stream()
                .map(c -> c.getSubject() + "/" + c.getDocumentName() + "/" + c.getLocator()).toList());
        Communication askMessage = only(all, c -> tom.equals(c.getFromEmail()));
        Communication reply = only(all, c -> jane.equals(c.getFromEmail()));
        assertEquals("production.pdf", askMessage.getDocumentName());
        assertEquals("page 1", askMessage.getLocator());
        assertEquals(OffsetDateTime.parse("2019-07-09T09:45-06:00"), askMessage.sentAtWithOffset(),
                "local time read in the agency's zone (NM, daylight saving time)");
        assertEquals(state, askMessage.getProducingAgency());

        Communication replyFull = communications.communication(reply.getId());
        assertEquals(OffsetDateTime.parse("2019-07-09T11:02-06:00").toInstant(), replyFull.getSentAt());
        assertEquals(2, replyFull.getAppearances().size(), "the print-out page and the .eml");
        assertEquals(java.util.Set.of(pdf, eml), replyFull.getAppearances().stream()
                .map(a -> a.getDocumentId()).collect(Collectors.toSet()));
        assertTrue(replyFull.getOwnText().contains("date of birth is 03/14/1985"), replyFull.getOwnText());
        assertFalse(replyFull.getOwnText().contains("Can you send me"), "quoted history is not its own text");
        assertEquals(tom, replyFull.recipients(PartyKind.TO).get(0).getEmail());
        assertNotNull(replyFull.getThread());
        assertEquals(replyFull.getThread().getId(), askMessage.getThread().getId(), "reply and request: one thread");

        List<Communication> sms = communications.communications(campaignId,
                new CommunicationFilter(null, null, null, null, null, Channel.TEXT_MESSAGE, null), 0, 10);
        assertEquals(2, sms.size());
        assertEquals(sms.get(0).getThread().getId(), sms.get(1).getThread().getId(), "one conversation");
        assertNotEquals(askMessage.getThread().getId(), sms.get(0).getThread().getId());
        assertEquals(texts, sms.get(0).getDocumentId());
        assertEquals(2, communications.threads(campaignId).size());
        assertEquals(1, communications.count(campaignId,
                new CommunicationFilter(state, "jane.roe", null, null, null, Channel.EMAIL, null)));

        List<CommunicationTag> replyTags = data.tags(reply.getId());
        assertTrue(has(replyTags, TagKind.SENDER_ORG, state), replyTags.toString());
        assertTrue(has(replyTags, TagKind.DIRECTION, "state_to_federal"));
        CommunicationTag dob = replyTags.stream()
                .filter(t -> t.getKind() == TagKind.CATEGORY && t.getCode().equals("date_of_birth")).findFirst()
                .orElseThrow(() -> new AssertionError("date of birth found: " + codes(replyTags)));
        assertTrue(dob.isDisclosed());
        assertNotNull(dob.getExcerpt());
        assertTrue(has(data.tags(askMessage.getId()), TagKind.DIRECTION, "federal_to_state"));

        List<ExportRow> rows = export.rows(campaignId);
        assertEquals(4, rows.size());
        ExportRow replyRow = rows.stream().filter(r -> r.fromEmail().equals(jane)).findFirst().orElseThrow();
        assertEquals(reply.getStableKey(), replyRow.id());
        assertEquals("state_to_federal", replyRow.direction());
        assertEquals("federal", replyRow.initiatedBy(), "the thread began with the federal request");
        assertEquals(state, replyRow.fromOrg());
        assertTrue(replyRow.categories().contains("date_of_birth"), replyRow.categories().toString());
        assertEquals(replyRow.categories(), replyRow.disclosed());
        assertFalse(replyRow.alsoIn().isEmpty());
        StringWriter csv = new StringWriter();
        CommunicationExport.writeCsv(rows, csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("id,document,locator,sent_at,from_name,from_email,from_org,to_orgs,subject,"
                + "thread_id,direction,initiated_by,producing_agency,legal_basis,categories,disclosed"), lines[0]);
        assertTrue(csv.toString().contains("2019-07-09T11:02:00-06:00"), csv.toString());

        // An analyst's decisions survive the next analysis; ids stay.
        data.decide(reply.getId(), "date_of_birth", "ssn");
        job.run(new TestJob(campaignId));
        TestCallers.actAs(analyst);
        List<Communication> again = communications.communications(campaignId, CommunicationFilter.none(), 0, 100);
        assertEquals(all.stream().map(Communication::getId).sorted().toList(),
                again.stream().map(Communication::getId).sorted().toList());
        List<CommunicationTag> after = data.tags(reply.getId());
        List<CommunicationTag> dobTags = after.stream()
                .filter(t -> t.getKind() == TagKind.CATEGORY && t.getCode().equals("date_of_birth")).toList();
        assertEquals(1, dobTags.size(), "not proposed again");
        assertEquals(TagStatus.REJECTED, dobTags.get(0).getStatus());
        assertTrue(after.stream().anyMatch(t -> t.getSource() == TagSource.ANALYST && t.getCode().equals("ssn")));
        ExportRow decided = export.rows(campaignId).stream().filter(r -> r.fromEmail().equals(jane)).findFirst()
                .orElseThrow();
        assertFalse(decided.categories().contains("date_of_birth"));
        assertTrue(decided.categories().contains("ssn"));

        // Scope: another organization's analyst and the agency's officer see nothing.
        for (Caller outsider : List.of(strangerAnalyst, officer)) {
            TestCallers.actAs(outsider);
            assertThrows(NotFoundException.class, () -> communications.communications(campaignId,
                    CommunicationFilter.none(), 0, 10));
            assertThrows(NotFoundException.class, () -> communications.communication(reply.getId()));
            assertThrows(NotFoundException.class, () -> communications.thread(reply.getThread().getId()));
            assertThrows(NotFoundException.class, () -> export.rows(campaignId));
        }
    }

    private static Communication only(List<Communication> list, java.util.function.Predicate<Communication> p) {
        List<Communication> found = list.stream().filter(p).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static boolean has(List<CommunicationTag> tags, TagKind kind, String code) {
        return tags.stream().anyMatch(t -> t.getKind() == kind && t.getCode().equals(code));
    }

    private static String codes(List<CommunicationTag> tags) {
        return tags.stream().map(t -> t.getKind() + ":" + t.getCode()).toList().toString();
    }
}
