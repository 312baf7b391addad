package org.recordswatch.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Queries over a campaign's communications; the caller (a service) has checked access to the campaign. */
@ApplicationScoped
public class CommunicationRepository {

    @PersistenceContext
    EntityManager em;

    public List<Communication> find(long campaignId, CommunicationFilter filter, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(campaignId, filter, params);
        TypedQuery<Communication> q = em.createQuery("SELECT c FROM Communication c" + where
                + " ORDER BY CASE WHEN c.sentAt IS NULL THEN 1 ELSE 0 END, c.sentAt, c.id", Communication.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long campaignId, CommunicationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(campaignId, filter, params);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Communication c" + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Every communication of a campaign in export order (sent time, then id), with its thread. */
    public List<Communication> all(long campaignId) {
        return em.createQuery("SELECT c FROM Communication c LEFT JOIN FETCH c.thread WHERE c.campaignId = :campaign "
                + "ORDER BY CASE WHEN c.sentAt IS NULL THEN 1 ELSE 0 END, c.sentAt, c.id", Communication.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    /** The threads of a campaign by first message. */
    public List<ConversationThread> threads(long campaignId) {
        return em.createQuery("SELECT t FROM ConversationThread t WHERE t.campaignId = :campaign "
                + "ORDER BY t.firstSentAt, t.id", ConversationThread.class).setParameter("campaign", campaignId)
                .getResultList();
    }

    /** The producing agencies' codes present in a campaign. */
    public List<String> agencies(long campaignId) {
        return em.createQuery("SELECT DISTINCT c.producingAgency FROM Communication c WHERE c.campaignId = :campaign "
                + "AND c.producingAgency IS NOT NULL ORDER BY c.producingAgency", String.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    /** The stored text of a document's pages in a range (all pages when the range is null), by page number. */
    @SuppressWarnings("unchecked")
    public Map<Integer, String> pageTexts(long documentId, Integer from, Integer to) {
        List<Object[]> rows = em.createNativeQuery("SELECT page_number, text FROM document_page WHERE document_id = ? "
                + "AND page_number BETWEEN ? AND ? ORDER BY page_number").setParameter(1, documentId)
                .setParameter(2, from == null ? 1 : from).setParameter(3, to == null ? Integer.MAX_VALUE : to)
                .getResultList();
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).intValue(), (String) r[1]);
        }
        return out;
    }

    /** A document's own stored text, or empty. */
    @SuppressWarnings("unchecked")
    public String documentText(long documentId) {
        List<Object> rows = em.createNativeQuery("SELECT text FROM document_text WHERE document_id = ?")
                .setParameter(1, documentId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? "" : (String) rows.get(0);
    }

    /**
     * Originals of a campaign's requests, how many of them have not reached a final extraction state, and when the
     * last extraction of any of its documents (children included) finished.
     */
    public ExtractionProgress extractionProgress(long campaignId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN d.parent_id IS NULL THEN 1 "
                + "ELSE 0 END), 0), COALESCE(SUM(CASE WHEN d.parent_id IS NULL AND (t.status IS NULL "
                + "OR t.status IN ('QUEUED', 'PARSING')) THEN 1 ELSE 0 END), 0), MAX(t.finished_at) FROM document d "
                + "JOIN records_request r ON r.id = d.request_id LEFT JOIN document_text t ON t.document_id = d.id "
                + "WHERE r.campaign_id = ?").setParameter(1, campaignId).getSingleResult();
        Object last = row[2];
        java.time.Instant lastAt = last instanceof java.sql.Timestamp ts ? ts.toInstant()
                : last instanceof java.time.LocalDateTime ldt ? ldt.toInstant(ZoneOffset.UTC) : null;
        return new ExtractionProgress(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), lastAt);
    }

    /** Originals, originals still extracting, and the end of the latest extraction. */
    public record ExtractionProgress(long documents, long extracting, java.time.Instant lastFinishedAt) {
    }

    private static String where(long campaignId, CommunicationFilter f, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE c.campaignId = :campaign");
        params.put("campaign", campaignId);
        if (f == null) {
            return sb.toString();
        }
        if (f.agency() != null && !f.agency().isBlank()) {
            sb.append(" AND c.producingAgency = :agency");
            params.put("agency", f.agency().strip());
        }
        if (f.sender() != null && !f.sender().isBlank()) {
            sb.append(" AND (LOWER(c.fromName) LIKE :sender ESCAPE '!' OR LOWER(c.fromEmail) LIKE :sender ESCAPE '!'"
                    + " OR LOWER(c.fromPhone) LIKE :sender ESCAPE '!')");
            params.put("sender", contains(f.sender()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            sb.append(" AND LOWER(c.subject) LIKE :text ESCAPE '!'");
            params.put("text", contains(f.text()));
        }
        if (f.from() != null) {
            sb.append(" AND c.sentAt >= :from");
            params.put("from", f.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (f.to() != null) {
            sb.append(" AND c.sentAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (f.threadId() != null) {
            sb.append(" AND c.thread.id = :thread");
            params.put("thread", f.threadId());
        }
        if (f.channel() != null) {
            sb.append(" AND c.channel = :channel");
            params.put("channel", f.channel());
        }
        return sb.toString();
    }

    static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
