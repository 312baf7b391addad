package org.recordswatch.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.communication.Communication;
import org.recordswatch.document.ContentDigest;
import org.recordswatch.document.Document;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.TagKind;

/**
 * Data for the communications tests: agencies of the test's own, and documents whose extraction is written directly
 * (text, metadata and pages as the extraction stores them), so that the analysis can run without waiting for Tika.
 */
@ApplicationScoped
@Transactional
public class CommunicationFixtures {

    @PersistenceContext
    EntityManager em;

    /** A new agency with a unique code and the given e-mail domain; returns its code. */
    public String agency(Side side, String jurisdiction, String domain) {
        String code = "it_" + side.code() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Agency a = new Agency(new AgencyCode(code), "Test agency " + code, side, jurisdiction);
        a.useDomains(List.of(domain));
        em.persist(a);
        return code;
    }

    /** An original with its stored extraction (status DONE). */
    public long document(long requestId, String name, String mediaType, String text, Map<String, List<String>> meta,
            List<String> pages) {
        RecordsRequest request = em.find(RecordsRequest.class, requestId);
        Document d = Document.original(request, null, name, digest(name + UUID.randomUUID()), text.length(),
                mediaType, Instant.now());
        em.persist(d);
        em.flush();
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO document_text (document_id, status, media_type, text, metadata, queued_at, "
                + "started_at, finished_at, page_count) VALUES (?, 'DONE', ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, d.getId()).setParameter(2, mediaType).setParameter(3, text)
                .setParameter(4, json(meta)).setParameter(5, now).setParameter(6, now).setParameter(7, now)
                .setParameter(8, pages.size()).executeUpdate();
        for (int i = 0; i < pages.size(); i++) {
            em.createNativeQuery("INSERT INTO document_page (document_id, page_number, text, ocr) VALUES (?, ?, ?, ?)")
                    .setParameter(1, d.getId()).setParameter(2, i + 1).setParameter(3, pages.get(i))
                    .setParameter(4, false).executeUpdate();
        }
        return d.getId();
    }

    /** An analyst's decisions: rejects a detector tag of a communication and adds one of their own. */
    public void decide(long communicationId, String rejectCategory, String addCategory) {
        Communication c = em.find(Communication.class, communicationId);
        for (CommunicationTag t : em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id = :c",
                CommunicationTag.class).setParameter("c", communicationId).getResultList()) {
            if (t.getKind() == TagKind.CATEGORY && t.getCode().equals(rejectCategory)) {
                t.reject("analyst.test", Instant.now(), "not in this message");
            }
        }
        em.persist(CommunicationTag.byAnalyst(c, TagKind.CATEGORY, addCategory, "analyst.test", Instant.now(),
                "read on the page"));
    }

    public List<CommunicationTag> tags(long communicationId) {
        return em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id = :c ORDER BY t.id",
                CommunicationTag.class).setParameter("c", communicationId).getResultList();
    }

    private static ContentDigest digest(String s) {
        try {
            return ContentDigest.of(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, List<String>> meta) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        meta.forEach((k, v) -> {
            JsonArrayBuilder a = Json.createArrayBuilder();
            v.forEach(a::add);
            o.add(k, a);
        });
        return o.build().toString();
    }
}
