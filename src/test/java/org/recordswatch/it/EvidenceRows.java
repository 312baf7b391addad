package org.recordswatch.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationContent;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.communication.PartyKind;
import org.recordswatch.communication.SourcePlace;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.TimeBasis;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.TagKind;
import org.recordswatch.tagging.ThreadTag;
import org.recordswatch.tagging.ThreadTagKind;

/**
 * The rows of {@link EvidenceSeed}'s invented campaign, written through the entities for two existing requests (one
 * of nm_mvd, one of nm_doh). Uses no test caller, so the browser test's seeding servlet can use it too.
 */
@ApplicationScoped
public class EvidenceRows {

    public record Seeded(long campaignId, long mvdDocumentId, long dohDocumentId, long federalAsk,
            long stateDisclosure, long dohDisclosure, long mvdThread, long dohThread, String word,
            String mvdDocumentName) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Seeded store(long mvdRequest, long dohRequest) {
        long campaignId = em.createQuery("SELECT r.campaign.id FROM RecordsRequest r WHERE r.id = :id", Long.class)
                .setParameter("id", mvdRequest).getSingleResult();
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        String word = w.toString().toLowerCase(Locale.ROOT);
        String mvdName = "mvd-production-" + word + ".pdf";
        long mvdDoc = document(mvdRequest, mvdName);
        long dohDoc = document(dohRequest, "doh-" + word + ".pdf");
        Instant now = Instant.now();

        ConversationThread t1 = new ConversationThread(campaignId, "t1-" + word);
        t1.describe("Records check", now, now, 2, now);
        em.persist(t1);
        ConversationThread t2 = new ConversationThread(campaignId, "t2-" + word);
        t2.describe("Patient", now, now, 1, now);
        em.persist(t2);

        Communication ask = message(campaignId, "c1-" + word, t1, mvdRequest, mvdDoc, mvdName, 1,
                "2019-03-05T10:14:00-07:00", "Kay Lund", "kay.lund@ice.dhs.gov", "Records check",
                "Please send the date of birth and home address of the subject you stopped.",
                "Rita Ocampo", "rita.ocampo@mvd.example.gov", "nm_mvd");
        Communication disclosure = message(campaignId, "c2-" + word, t1, mvdRequest, mvdDoc, mvdName, 2,
                "2019-03-05T11:02:00-07:00", "Rita Ocampo", "rita.ocampo@mvd.example.gov",
                "=HYPERLINK(\"http://example.invalid\") RE: Records check",
                "Name: Tomas Vega, DOB: 04/12/1988, SSN 123-45-6789, lives at 12 Elm Street, Taos. Ref " + word + ".",
                "Kay Lund", "kay.lund@ice.dhs.gov", "nm_mvd");
        Communication dohMsg = message(campaignId, "c3-" + word, t2, dohRequest, dohDoc, "doh-" + word + ".pdf", 1,
                "2019-04-10T09:00:00-06:00", "Dana Quill", "dana.quill@doh.example.gov", "Patient",
                "Patient Name: Ana Ruiz, phone (505) 555-0199, seen on Tuesday.",
                "Kay Lund", "kay.lund@ice.dhs.gov", "nm_doh");

        tag(ask, TagKind.SENDER_ORG, "ice_ero", null, false);
        tag(ask, TagKind.RECIPIENT_ORG, "nm_mvd", null, false);
        tag(ask, TagKind.DIRECTION, "federal_to_state", null, false);
        tag(ask, TagKind.LEGAL_BASIS, "none_cited", null, false);
        tag(ask, TagKind.CATEGORY, "date_of_birth", "the date of birth", false);
        tag(disclosure, TagKind.SENDER_ORG, "nm_mvd", null, false);
        tag(disclosure, TagKind.RECIPIENT_ORG, "ice_ero", null, false);
        tag(disclosure, TagKind.DIRECTION, "state_to_federal", null, false);
        tag(disclosure, TagKind.CATEGORY, "ssn", "SSN 123-45-6789", true);
        tag(disclosure, TagKind.CATEGORY, "date_of_birth", "Name: Tomas Vega, DOB: 04/12/1988", true);
        tag(disclosure, TagKind.CATEGORY, "home_address", "lives at 12 Elm Street, Taos", true);
        tag(dohMsg, TagKind.SENDER_ORG, "nm_doh", null, false);
        tag(dohMsg, TagKind.RECIPIENT_ORG, "ice_ero", null, false);
        tag(dohMsg, TagKind.DIRECTION, "state_to_federal", null, false);
        tag(dohMsg, TagKind.CATEGORY, "phone_number", "phone (505) 555-0199", true);
        em.persist(new ThreadTag(t1, ThreadTagKind.INITIATOR, "federal"));
        em.persist(new ThreadTag(t1, ThreadTagKind.COUNTERPART, "ice_ero"));
        em.persist(new ThreadTag(t2, ThreadTagKind.INITIATOR, "state"));
        em.persist(new ThreadTag(t2, ThreadTagKind.COUNTERPART, "ice_ero"));
        em.flush();
        return new Seeded(campaignId, mvdDoc, dohDoc, ask.getId(), disclosure.getId(), dohMsg.getId(), t1.getId(),
                t2.getId(), word, mvdName);
    }

    private long document(long requestId, String name) {
        byte[] digest = new byte[32];
        new Random().nextBytes(digest);
        String sha = HexFormat.of().formatHex(digest);
        em.createNativeQuery("INSERT INTO document (request_id, path, original_name, sha256, size_bytes, media_type, "
                + "created_at, root_sha256) VALUES (?, ?, ?, ?, 100, 'application/pdf', CURRENT_TIMESTAMP(3), ?)")
                .setParameter(1, requestId).setParameter(2, name).setParameter(3, name).setParameter(4, sha)
                .setParameter(5, sha).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO document_receipt (document_id, received_at, uploaded_by, uploader_role, "
                + "channel, original_name) VALUES (?, CURRENT_TIMESTAMP(3), 'officer.seed', 'RECORDS_OFFICER', "
                + "'EMAIL', ?)").setParameter(1, id).setParameter(2, name).executeUpdate();
        return id;
    }

    private Communication message(long campaignId, String key, ConversationThread thread, long requestId,
            long documentId, String documentName, int page, String sentAt, String fromName, String fromEmail,
            String subject, String text, String toName, String toEmail, String agency) {
        Communication c = new Communication(campaignId, key);
        c.update(new CommunicationContent(Channel.EMAIL, OffsetDateTime.parse(sentAt), TimeBasis.HEADER, fromName,
                fromEmail, null, subject, text, null, null, null, null, List.of(), null, false, List.of(),
                List.of(new CommunicationContent.Recipient(PartyKind.TO, toName, toEmail, null)), List.of(),
                List.of(new SourcePlace(requestId, documentId, documentName, "pages " + page + "-" + page, page, page,
                        agency))), thread, Instant.now());
        em.persist(c);
        return c;
    }

    private void tag(Communication c, TagKind kind, String code, String excerpt, boolean disclosed) {
        em.persist(CommunicationTag.detected(c, kind, code, "seed", 0.9)
                .foundIn(excerpt == null ? null : "BODY", null, null, null, null, excerpt).disclosed(disclosed));
    }
}
