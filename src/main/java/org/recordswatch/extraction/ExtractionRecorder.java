package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.document.ContentDigest;
import org.recordswatch.document.Document;
import org.recordswatch.platform.job.JobContext;
import org.recordswatch.platform.job.JobQueue;

/**
 * The extraction's rows, each change in a short transaction: queueing an original, marking it PARSING, and storing a
 * verdict with everything extracted (children documents, their text and pages) together with the job's end.
 * Internal to extraction: background work, no caller to check.
 */
@ApplicationScoped
public class ExtractionRecorder {

    /** The job kind of the extraction of one original. */
    public static final String JOB_KIND = "extract";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobQueue jobs;

    @Inject
    Clock clock;

    /** What an extraction attempt needs to know about its original. */
    public record Subject(long documentId, long requestId, String name, ContentDigest digest, boolean ocr,
            String ocrLanguages) {
    }

    /** A stored embedded document's bytes, keyed by the part's id. */
    public record StoredBytes(ContentDigest digest, long size) {
    }

    /**
     * Queues the extraction of an original (once: an original already queued, running or extracted is left alone
     * unless {@code again}). Joins the caller's transaction.
     */
    @Transactional
    public long queue(long documentId, long requestId, boolean again) {
        Instant now = clock.instant();
        DocumentText text = em.find(DocumentText.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (text == null) {
            em.persist(DocumentText.queued(documentId, now));
        } else if (again && text.getStatus().isFinal()) {
            text.requeue(now);
        } else if (!again && text.getStatus().isFinal()) {
            return jobs.latest(JOB_KIND, documentId).map(j -> j.getId()).orElse(0L);
        }
        return jobs.enqueue(JOB_KIND, documentId, requestId, false);
    }

    /** {@link #queue} for a just-committed original, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long queueNew(long documentId, long requestId) {
        return queue(documentId, requestId, false);
    }

    /** Originals left PARSING without a running job (a crash) are QUEUED again; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int resetInterrupted() {
        return em.createNativeQuery("UPDATE document_text t SET t.status = 'QUEUED', t.started_at = NULL "
                + "WHERE t.status = 'PARSING' AND NOT EXISTS (SELECT 1 FROM job j WHERE j.kind = ? "
                + "AND j.subject_id = t.document_id AND j.status = 'RUNNING')").setParameter(1, JOB_KIND)
                .executeUpdate();
    }

    /**
     * Originals older than {@code minAge} whose extraction is not under way although it should be: no state at all
     * (the queueing after the upload was lost), or QUEUED/PARSING without an unfinished job. Oldest first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<long[]> strandedOriginals(java.time.Duration minAge, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.request_id FROM document d "
                + "LEFT JOIN document_text t ON t.document_id = d.id WHERE d.parent_id IS NULL AND d.created_at < ? "
                + "AND (t.document_id IS NULL OR (t.status IN ('QUEUED', 'PARSING') AND NOT EXISTS (SELECT 1 FROM job j "
                + "WHERE j.kind = ? AND j.subject_id = d.id AND j.status IN ('QUEUED', 'RUNNING')))) ORDER BY d.id")
                .setParameter(1, java.sql.Timestamp.from(clock.instant().minus(minAge))).setParameter(2, JOB_KIND)
                .setMaxResults(max).getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
                .toList();
    }

    /** Originals that have no extraction state at all (their queueing was lost), oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<long[]> unqueuedOriginals(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.request_id FROM document d "
                + "LEFT JOIN document_text t ON t.document_id = d.id WHERE d.parent_id IS NULL "
                + "AND t.document_id IS NULL ORDER BY d.id").setMaxResults(max).getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
                .toList();
    }

    /** Marks an original PARSING and returns what the attempt needs; empty if the document is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Subject> start(long documentId) {
        // One query for what the attempt needs (loading the Document would load its request and everything the
        // request holds, for one id).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.request_id, d.original_name, d.sha256, "
                + "b.ocr_enabled, b.ocr_languages FROM document d LEFT JOIN upload_batch b ON b.id = d.batch_id "
                + "WHERE d.id = ? AND d.parent_id IS NULL").setParameter(1, documentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant now = clock.instant();
        DocumentText text = em.find(DocumentText.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (text == null) {
            text = DocumentText.queued(documentId, now);
            em.persist(text);
        }
        text.parsing(now);
        // Without an upload batch: OCR on, English and Spanish (the batch defaults).
        boolean ocr = row[3] == null || (row[3] instanceof Boolean on ? on : ((Number) row[3]).intValue() != 0);
        String languages = row[3] == null ? "eng+spa" : (String) row[4];
        return Optional.of(new Subject(documentId, ((Number) row[0]).longValue(), (String) row[1],
                new ContentDigest((String) row[2]), ocr, languages));
    }

    /** The attempt ended without a verdict (engine busy, retry planned): the original is QUEUED again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void backToQueue(long documentId) {
        DocumentText text = em.find(DocumentText.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (text != null && !text.getStatus().isFinal()) {
            text.requeue(clock.instant());
        }
    }

    /** The job system gave up on an original; joins the job's transaction. */
    @Transactional
    public void abandoned(long documentId, String reason) {
        DocumentText text = em.find(DocumentText.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (text == null) {
            text = DocumentText.queued(documentId, clock.instant());
            em.persist(text);
        }
        text.abandoned(reason, clock.instant());
    }

    /**
     * Stores a verdict: the original's text, its embedded documents as child documents (identity: parent and place
     * in it, so that a second run updates rather than duplicates them), every part's text and pages, and the job's
     * end, in one transaction.
     *
     * @param bytes the stored bytes of embedded parts, by part id
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(JobContext context, long documentId, ExtractionResult result, String optionsUsed,
            Map<String, StoredBytes> bytes) {
        Instant now = clock.instant();
        Document original = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        ExtractionState state = ExtractionState.of(result.status());
        boolean partial = state.isFailed();
        Map<String, Document> byPart = new HashMap<>();
        Map<String, Document> existing = existingChildren(documentId);
        Map<Long, DocumentText> texts = existingTexts(documentId, !existing.isEmpty());
        Map<ExtractedPart, Integer> places = new IdentityHashMap<>();
        for (ExtractedPart part : result.parts()) {
            int place = 1;
            for (ExtractedPart child : part.children()) {
                places.put(child, place++);
            }
        }
        for (ExtractedPart part : result.parts()) {
            Document doc;
            if (part.isRoot()) {
                doc = original;
            } else {
                Document parent = byPart.get(part.parentId().orElse("/"));
                if (parent == null) {
                    parent = original;
                }
                int index = places.getOrDefault(part, 1);
                String key = parent.getId() + "#" + index;
                doc = existing.get(key);
                if (doc == null) {
                    StoredBytes stored = bytes.get(part.id());
                    doc = parent.child(index, part.name(), lastSegment(part.name()),
                            stored == null ? null : stored.digest(), stored == null ? null : stored.size(),
                            part.mediaType(), now);
                    em.persist(doc);
                    em.flush();
                }
            }
            byPart.put(part.id(), doc);
            ExtractionState partState = part.isRoot() ? state : stateOf(part);
            String reason = part.isRoot() ? result.reason().orElse(null) : reasonOf(part);
            writeText(doc.getId(), partState, reason, part.isRoot() && partial, part,
                    part.isRoot() ? result.limitsHit() : part.limitsHit(),
                    part.isRoot() ? result.processOutcome() : null, result.extractorVersion(), optionsUsed, now,
                    part.isRoot(), texts.get(doc.getId()));
        }
        if (result.parts().isEmpty()) {
            writeText(documentId, state, result.reason().orElse(null), partial, null, result.limitsHit(),
                    result.processOutcome(), result.extractorVersion(), optionsUsed, now, true,
                    texts.get(documentId));
        }
        context.finish(state.name(), result.reason().orElse(null));
    }

    private void writeText(long documentId, ExtractionState state, String reason, boolean partial,
            ExtractedPart part, java.util.Set<Limit> limits, ProcessOutcome outcome, String version,
            String options, Instant now, boolean root, DocumentText existing) {
        DocumentText text = existing;
        if (text == null) {
            text = root ? DocumentText.queued(documentId, now) : DocumentText.ofChild(documentId, now);
            em.persist(text);
        }
        // An earlier run stored pages (an original's row exists from its upload on, so the row alone does not say).
        boolean earlierPages = existing != null && existing.getPageCount() > 0;
        text.extracted(state, reason, partial, part, limits, outcome, version, options,
                part == null ? null : MetadataJson.write(part.metadata()), now);
        if (part != null) {
            if (earlierPages) {
                em.createQuery("DELETE FROM DocumentPage p WHERE p.documentId = :d").setParameter("d", documentId)
                        .executeUpdate();
            }
            for (ExtractedPage page : part.pages()) {
                em.persist(new DocumentPage(documentId, page));
            }
        }
    }

    /**
     * The extraction rows of an original and of its children already stored (a previous run), by document id: two
     * indexed lookups (an OR across both would scan the table).
     */
    private Map<Long, DocumentText> existingTexts(long rootId, boolean withChildren) {
        Map<Long, DocumentText> map = new HashMap<>();
        DocumentText own = em.find(DocumentText.class, rootId);
        if (own != null) {
            map.put(rootId, own);
        }
        if (withChildren) {
            for (DocumentText t : em.createQuery("SELECT t FROM DocumentText t, Document d "
                    + "WHERE d.id = t.documentId AND d.root.id = :r", DocumentText.class)
                    .setParameter("r", rootId).getResultList()) {
                map.put(t.getDocumentId(), t);
            }
        }
        return map;
    }

    /** The children already stored below an original (a previous run), by {@code parentId#childIndex}. */
    private Map<String, Document> existingChildren(long rootId) {
        List<Document> children = em.createQuery("SELECT d FROM Document d WHERE d.root.id = :r", Document.class)
                .setParameter("r", rootId).getResultList();
        Map<String, Document> map = new HashMap<>();
        for (Document c : children) {
            map.put(c.getParent().getId() + "#" + c.getChildIndex(), c);
        }
        return map;
    }

    static ExtractionState stateOf(ExtractedPart part) {
        if (part.encrypted()) {
            return ExtractionState.FAILED_ENCRYPTED;
        }
        if (part.error().isPresent()) {
            return ExtractionState.FAILED_PARSE;
        }
        return ExtractionState.DONE;
    }

    static String reasonOf(ExtractedPart part) {
        if (part.encrypted()) {
            return "The document is encrypted or password protected.";
        }
        return part.error().map(e -> "The document could not be read (" + e + ").").orElse(null);
    }

    private static String lastSegment(String name) {
        if (name == null) {
            return null;
        }
        String n = name;
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        int slash = n.lastIndexOf('/');
        return slash >= 0 ? n.substring(slash + 1) : n;
    }
}
