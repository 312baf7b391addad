package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.document.Document;

/** Queries over extraction states, for the service and background work (no caller checks here). */
@ApplicationScoped
public class ExtractionRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<DocumentText> text(long documentId) {
        return Optional.ofNullable(em.find(DocumentText.class, documentId));
    }

    /** A document's state without its text. */
    public Optional<DocumentStatus> status(long documentId) {
        return em.createQuery("SELECT NEW org.recordswatch.extraction.DocumentStatus(t.documentId, t.status, "
                + "t.reason, t.partial, t.ocr, t.pageCount) FROM DocumentText t WHERE t.documentId = :d",
                DocumentStatus.class).setParameter("d", documentId).getResultStream().findFirst();
    }

    /** The states of several documents at once (for lists). */
    public Map<Long, DocumentStatus> statuses(long requestId, Collection<Long> documentIds) {
        Map<Long, DocumentStatus> map = new HashMap<>();
        if (documentIds.isEmpty()) {
            return map;
        }
        for (DocumentStatus t : em.createQuery("SELECT NEW org.recordswatch.extraction.DocumentStatus("
                + "t.documentId, t.status, t.reason, t.partial, t.ocr, t.pageCount) FROM DocumentText t, Document d "
                + "WHERE t.documentId IN :ids AND d.id = t.documentId AND d.request.id = :r", DocumentStatus.class)
                .setParameter("ids", documentIds).setParameter("r", requestId).getResultList()) {
            map.put(t.documentId(), t);
        }
        return map;
    }

    /** Per request: the originals in each state. */
    public ExtractionCounts countsOfRequest(long requestId) {
        return counts("d.request_id = ?", requestId);
    }

    /** Per campaign: the originals of all its requests in each state. */
    public ExtractionCounts countsOfCampaign(long campaignId) {
        return counts("d.request_id IN (SELECT r.id FROM records_request r WHERE r.campaign_id = ?)", campaignId);
    }

    /** Per upload batch. */
    public ExtractionCounts countsOfBatch(long batchId) {
        return counts("d.batch_id = ?", batchId);
    }

    private ExtractionCounts counts(String where, long id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                + "COALESCE(SUM(t.status = 'QUEUED'), 0), COALESCE(SUM(t.status = 'PARSING'), 0), "
                + "COALESCE(SUM(t.status = 'DONE'), 0), COALESCE(SUM(t.status LIKE 'FAILED%'), 0), "
                + "COALESCE(SUM(t.document_id IS NULL), 0) FROM document d "
                + "LEFT JOIN document_text t ON t.document_id = d.id WHERE d.parent_id IS NULL AND " + where)
                .setParameter(1, id).getSingleResult();
        return ExtractionCounts.of(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    /** Pages read by OCR in a batch (originals and everything found in them). */
    public long ocrPagesOfBatch(long batchId) {
        return n(em.createNativeQuery("SELECT COALESCE(SUM(t.ocr_page_count), 0) FROM document_text t "
                + "JOIN document d ON d.id = t.document_id WHERE d.batch_id = ?").setParameter(1, batchId)
                .getSingleResult());
    }

    /** Mean seconds per finished original of a batch; null when none finished. */
    public Double meanSecondsPerFile(long batchId) {
        Object mean = em.createNativeQuery("SELECT AVG(TIMESTAMPDIFF(MICROSECOND, t.started_at, t.finished_at)) "
                + "FROM document_text t JOIN document d ON d.id = t.document_id WHERE d.batch_id = ? "
                + "AND d.parent_id IS NULL AND t.finished_at IS NOT NULL AND t.started_at IS NOT NULL")
                .setParameter(1, batchId).getSingleResult();
        return mean == null ? null : ((Number) mean).doubleValue() / 1_000_000d;
    }

    /** The failed documents (originals and children) of a request, optionally of one batch, by path. */
    public List<FailedFile> failures(long requestId, Long batchId, int max) {
        Query q = em.createNativeQuery("SELECT d.id, COALESCE(d.root_id, d.id), d.path, t.status, t.reason, "
                + "t.limits_hit, t.partial, t.finished_at FROM document d JOIN document_text t ON t.document_id = d.id "
                + "WHERE d.request_id = ? AND t.status LIKE 'FAILED%'" + (batchId == null ? "" : " AND d.batch_id = ?")
                + " ORDER BY d.path, d.id").setParameter(1, requestId);
        if (batchId != null) {
            q.setParameter(2, batchId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(max).getResultList();
        return rows.stream().map(r -> new FailedFile(n(r[0]), n(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ExtractedDocuments.truthy(r[6]),
                instant(r[7]))).toList();
    }

    /** The upload batches of a request that have files, newest first. */
    public List<Long> batchesOfRequest(long requestId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT b.id FROM upload_batch b WHERE b.request_id = ? AND EXISTS "
                + "(SELECT 1 FROM document d WHERE d.batch_id = b.id) ORDER BY b.id DESC")
                .setParameter(1, requestId).setMaxResults(20).getResultList();
        return ids.stream().map(ExtractionRepository::n).toList();
    }

    static java.time.Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return null;
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
