package org.recordswatch.extraction;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.document.Document;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.RecordsRequest;

/**
 * Extraction states for people: per document, per request, per campaign and per upload batch (progress), the
 * ingestion report of failed files, and the re-run of a failed file. Whoever sees a request sees its extraction
 * states; re-running is for the organization's advocates, analysts and admins, and for records officers on their
 * agency's requests.
 */
@Stateless
public class ExtractionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    ExtractionRepository repository;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccessRefused> refusals;

    @Inject
    @ConfigProperty(name = "jobs.concurrency", defaultValue = "2")
    int workers;

    /** The extraction state of a document the caller may see; empty if it has none yet. */
    @Authorized
    public Optional<DocumentText> status(long documentId) {
        visibleDocument(documentId, "VIEW");
        return repository.text(documentId);
    }

    /** The states of documents of one request (for its document list). */
    @Authorized
    public Map<Long, DocumentStatus> statuses(long requestId, Collection<Long> documentIds) {
        visibleRequest(requestId, "LIST_DOCUMENTS");
        return repository.statuses(requestId, documentIds);
    }

    /** The states of the documents found directly inside a document. */
    @Authorized
    public Map<Long, DocumentStatus> childStatuses(long documentId) {
        Document d = visibleDocument(documentId, "VIEW");
        List<Long> children = em.createQuery("SELECT d.id FROM Document d WHERE d.parent.id = :p", Long.class)
                .setParameter("p", documentId).getResultList();
        return repository.statuses(d.getRequestId(), children);
    }

    /** Originals of a request per extraction state. */
    @Authorized
    public ExtractionCounts countsOfRequest(long requestId) {
        visibleRequest(requestId, "VIEW");
        return repository.countsOfRequest(requestId);
    }

    /** Originals of all requests of a campaign per extraction state. */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public ExtractionCounts countsOfCampaign(long campaignId) {
        Campaign c = em.find(Campaign.class, campaignId);
        if (c == null || !c.isVisibleTo(callers.current())) {
            throw refuse("VIEW", "campaign", campaignId);
        }
        return repository.countsOfCampaign(campaignId);
    }

    /** The live progress of the upload batches of a request (newest first, at most 20). */
    @Authorized
    public List<BatchProgress> batches(long requestId) {
        visibleRequest(requestId, "VIEW");
        return repository.batchesOfRequest(requestId).stream().map(this::progress).toList();
    }

    /** The live progress of one upload batch. */
    @Authorized
    public BatchProgress batch(long batchId) {
        UploadBatch b = em.find(UploadBatch.class, batchId);
        if (b == null) {
            throw refuse("VIEW", "upload_batch", batchId);
        }
        visibleRequest(b.getRequestId(), "VIEW");
        return progress(batchId);
    }

    private BatchProgress progress(long batchId) {
        ExtractionCounts counts = repository.countsOfBatch(batchId);
        long pending = counts.queued() + counts.parsing();
        return new BatchProgress(batchId, counts, repository.ocrPagesOfBatch(batchId),
                BatchProgress.estimate(repository.meanSecondsPerFile(batchId), pending, workers));
    }

    /** The ingestion report: every failed document of a request (or of one of its batches) and why. */
    @Authorized
    public List<FailedFile> failures(long requestId, Long batchId) {
        visibleRequest(requestId, "VIEW");
        return repository.failures(requestId, batchId, 1000);
    }

    /** Whether the caller may re-run the extraction of the request's documents. */
    @Authorized
    public boolean mayRerun(long requestId) {
        RecordsRequest r = em.find(RecordsRequest.class, requestId);
        return r != null && mayRerun(callers.current(), r);
    }

    /** Whether the caller may re-run the extraction of a document they see. */
    @Authorized
    public boolean mayRerunDocument(long documentId) {
        Document d = visibleDocument(documentId, "VIEW");
        return mayRerun(callers.current(), d.getRequest());
    }

    /**
     * Queues a failed original again (for a failed child, its original); its attempts start over. The earlier text stays
     * visible until the new verdict replaces it.
     */
    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ANALYST, Role.ADMIN})
    public void rerun(long documentId) {
        Caller caller = callers.current();
        Document d = visibleDocument(documentId, "RERUN_EXTRACTION");
        if (!mayRerun(caller, d.getRequest())) {
            throw refuse("RERUN_EXTRACTION", "document", documentId);
        }
        Document original = d.original();
        boolean failed = repository.status(d.getId()).map(DocumentStatus::isFailed).orElse(false)
                || repository.status(original.getId()).map(DocumentStatus::isFailed).orElse(false);
        if (!failed) {
            throw new BusinessException("extraction.rerunNotFailed");
        }
        recorder.queue(original.getId(), d.getRequestId(), true);
        audit.record(caller.username(), "RERUN_EXTRACTION", "document", Long.toString(original.getId()));
    }

    /**
     * Re-running is for the advocates of the organization that owns the campaign, analysts, admins, and records
     * officers on their own agency's requests.
     */
    static boolean mayRerun(Caller caller, RecordsRequest request) {
        if (!request.isVisibleTo(caller)) {
            return false;
        }
        return switch (caller.role()) {
            case ADMIN, ANALYST, RECORDS_OFFICER -> true;
            case ADVOCATE -> request.getCampaign().isOwnedBy(caller);
        };
    }

    private Document visibleDocument(long documentId, String action) {
        Document d = em.find(Document.class, documentId);
        if (d == null || !d.getRequest().isVisibleTo(callers.current())) {
            throw refuse(action, "document", documentId);
        }
        return d;
    }

    private RecordsRequest visibleRequest(long requestId, String action) {
        RecordsRequest r = em.find(RecordsRequest.class, requestId);
        if (r == null || !r.isVisibleTo(callers.current())) {
            throw refuse(action, "records_request", requestId);
        }
        return r;
    }

    private NotFoundException refuse(String action, String type, Object id) {
        refusals.fire(new AccessRefused(callers.current().username(), action, type, String.valueOf(id)));
        return new NotFoundException(type, id);
    }
}
