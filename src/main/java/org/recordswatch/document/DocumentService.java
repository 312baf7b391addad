package org.recordswatch.document;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Agency;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.audit.ClientAddress;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.job.TransientFailures;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestStatus;

/**
 * Receiving, listing and handing out the files of records requests. Who may do what:
 * <ul>
 *   <li>upload: records officers to the requests addressed to their agency; advocates to the requests they track;
 *       admins anywhere; never to a withdrawn or closed request;</li>
 *   <li>see, list and download: whoever may see the request (officers only their agency's, advocates and analysts
 *       their organization's and their coalition's shared ones, admins all). Anything else is "not found" and the attempt is audited.</li>
 * </ul>
 */
@Stateless
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());
    private static final Set<RequestStatus> CLOSED_FOR_UPLOADS = Set.of(RequestStatus.DRAFT, RequestStatus.WITHDRAWN,
            RequestStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    DocumentStore store;

    @Inject
    DocumentRecorder recorder;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccessRefused> refusals;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "rw.upload.max-file-bytes", defaultValue = "4294967296")
    long maxFileBytes;

    /** The result of one uploaded file, for the uploader. */
    public record UploadResult(long documentId, String fileName, String sha256, long size, String mediaType,
            boolean duplicate) {
    }

    /** The largest file accepted, in bytes. */
    @Authorized
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Opens a batch of uploads to a request, with the choices that apply to all its files. */
    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ADMIN})
    public UploadBatch startBatch(long requestId, Channel channel, boolean ocrEnabled, String ocrLanguages) {
        Caller caller = callers.current();
        RecordsRequest request = uploadable(requestId);
        Channel effective = caller.hasRole(Role.RECORDS_OFFICER) ? Channel.AGENCY_PORTAL
                : channel == null || channel == Channel.AGENCY_PORTAL ? Channel.EMAIL : channel;
        try {
            UploadBatch batch = new UploadBatch(request.getId(), effective, ocrEnabled, ocrLanguages,
                    caller.username(), clock.instant());
            em.persist(batch);
            em.flush();
            return batch;
        } catch (IllegalArgumentException e) {
            throw new BusinessException("upload.ocrLanguagesInvalid");
        }
    }

    /** One file of a multi-file upload: its name as sent and a way to open its bytes (once). */
    public interface IncomingFile {
        String name();

        InputStream open() throws IOException;
    }

    /**
     * Streams one file into the store and records it. Runs without a transaction while the bytes flow (large files
     * take minutes); the rows are written afterwards in their own transaction, so a failure in between leaves at
     * most an unreferenced blob for the sweeper, never a row without its file.
     */
    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UploadResult upload(long batchId, String fileName, InputStream bytes, String batesRange) {
        Intake intake = intake(batchId, batesRange);
        return receive(intake, fileName, bytes);
    }

    /**
     * {@link #upload} for several files of one batch (one multipart request): who may upload where is checked once
     * for all of them, then each file is streamed and recorded as it comes, each in its own transaction. A file that
     * fails stops the rest; the files before it stay recorded.
     */
    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<UploadResult> uploadAll(long batchId, List<? extends IncomingFile> files, String batesRange) {
        Intake intake = intake(batchId, batesRange);
        List<UploadResult> results = new ArrayList<>();
        for (IncomingFile file : files) {
            try (InputStream in = file.open()) {
                results.add(receive(intake, file.name(), in));
            } catch (IOException e) {
                LOG.warning(() -> "Upload to request " + intake.request().getId() + " failed while reading: "
                        + e.getMessage());
                throw new BusinessException("upload.failed");
            }
        }
        return results;
    }

    /** What every file of a batch shares, checked once: the caller's own batch, to a request open for uploads. */
    private record Intake(Caller caller, UploadBatch batch, RecordsRequest request, BatesRange bates,
            DocumentReceipt.Uploader uploader) {
    }

    private Intake intake(long batchId, String batesRange) {
        Caller caller = callers.current();
        UploadBatch batch = em.find(UploadBatch.class, batchId);
        if (batch == null || !batch.getCreatedBy().equals(caller.username())) {
            throw refuse("UPLOAD", "upload_batch", batchId);
        }
        RecordsRequest request = uploadable(batch.getRequestId());
        BatesRange bates;
        try {
            bates = BatesRange.parse(batesRange).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("upload.batesInvalid");
        }
        return new Intake(caller, batch, request, bates, uploader(caller));
    }

    private UploadResult receive(Intake intake, String fileName, InputStream bytes) {
        DocumentStore.Stored blob;
        String mediaType;
        try {
            blob = store.store(bytes, maxFileBytes);
            mediaType = MediaTypes.detect(store.pathOf(blob.digest()));
        } catch (IOException e) {
            LOG.warning(() -> "Upload to request " + intake.request().getId() + " failed while storing: "
                    + e.getMessage());
            throw new BusinessException("upload.failed");
        }
        DocumentRecorder.Arrival arrival = new DocumentRecorder.Arrival(intake.request().getId(),
                intake.batch().getId(), blob, mediaType, fileName, intake.uploader(), intake.batch().getChannel(),
                intake.bates(), clock.instant());
        DocumentRecorder.Recorded recorded;
        try {
            // The rows and the extraction job in one transaction; a deadlock with other uploads or the job workers
            // is retried.
            recorded = TransientFailures.retry(() -> recorder.record(arrival));
        } catch (EJBException | PersistenceException raced) {
            // The same bytes arrived for this request at the same moment: the other upload won; record a duplicate.
            recorded = TransientFailures.retry(() -> recorder.record(arrival));
        }
        audit.record(intake.caller().username(), recorded.duplicate() ? "UPLOAD_DUPLICATE" : "UPLOAD", "document",
                Long.toString(recorded.documentId()));
        return new UploadResult(recorded.documentId(), Document.cleanName(fileName), blob.digest().hex(), blob.size(),
                mediaType, recorded.duplicate());
    }

    /** The originals received for a request, newest first. */
    @Authorized
    public List<Document> originals(long requestId, int first, int max) {
        visibleRequest(requestId, "LIST_DOCUMENTS");
        return em.createQuery("SELECT d FROM Document d WHERE d.request.id = :r AND d.parent IS NULL "
                + "ORDER BY d.createdAt DESC, d.id DESC", Document.class)
                .setParameter("r", requestId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Authorized
    public long countOriginals(long requestId) {
        visibleRequest(requestId, "LIST_DOCUMENTS");
        return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.request.id = :r AND d.parent IS NULL",
                Long.class).setParameter("r", requestId).getSingleResult();
    }

    /** A document the caller may see; the view is audited. */
    @Authorized
    public Document get(long documentId) {
        Document d = visible(documentId, "VIEW");
        audit.record(callers.current().username(), "VIEW", "document", Long.toString(documentId));
        return d;
    }

    /** The documents found inside a document (members, attachments, messages). */
    @Authorized
    public List<Document> children(long documentId) {
        visible(documentId, "VIEW");
        return em.createQuery("SELECT d FROM Document d WHERE d.parent.id = :p ORDER BY d.childIndex", Document.class)
                .setParameter("p", documentId).getResultList();
    }

    /** The chain of custody of a document's original: every receipt, first to last. */
    @Authorized
    public List<DocumentReceipt> custody(long documentId) {
        Document d = visible(documentId, "VIEW");
        return em.createNamedQuery("DocumentReceipt.ofDocument", DocumentReceipt.class)
                .setParameter("document", d.original().getId()).getResultList();
    }

    /** The chain of custody of every original of a request, for the CSV export. */
    @Authorized
    public List<DocumentReceipt> custodyOfRequest(long requestId) {
        visibleRequest(requestId, "EXPORT_CUSTODY");
        audit.record(callers.current().username(), "EXPORT_CUSTODY", "records_request", Long.toString(requestId));
        return em.createQuery("SELECT r FROM DocumentReceipt r JOIN FETCH r.document d WHERE d.request.id = :req "
                + "ORDER BY r.receivedAt, r.id", DocumentReceipt.class).setParameter("req", requestId).getResultList();
    }

    /** What a download needs: the document, for its name and type, and its bytes. */
    public record Download(Document document, InputStream bytes) {
    }

    /** Opens a document's bytes for download; the download is audited. */
    @Authorized
    public Download download(long documentId) {
        Document d = visible(documentId, "DOWNLOAD");
        if (!d.hasBytes() || !store.exists(d.getDigest())) {
            throw new NotFoundException("document file", documentId);
        }
        try {
            InputStream in = store.open(d.getDigest());
            audit.record(callers.current().username(), "DOWNLOAD", "document", Long.toString(documentId));
            return new Download(d, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document visible(long documentId, String action) {
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

    private RecordsRequest uploadable(long requestId) {
        Caller caller = callers.current();
        RecordsRequest r = visibleRequest(requestId, "UPLOAD");
        boolean allowed = switch (caller.role()) {
            case ADMIN -> true;
            case RECORDS_OFFICER -> true;
            case ADVOCATE -> r.isTrackableBy(caller);
            default -> false;
        };
        if (!allowed) {
            throw refuse("UPLOAD", "records_request", requestId);
        }
        if (CLOSED_FOR_UPLOADS.contains(r.getStatus())) {
            throw new BusinessException("upload.requestClosed");
        }
        return r;
    }

    private DocumentReceipt.Uploader uploader(Caller caller) {
        String affiliation = null;
        if (caller.agencyId() != null) {
            Agency agency = em.find(Agency.class, caller.agencyId());
            affiliation = agency == null ? null : agency.getName();
        } else if (caller.organizationId() != null) {
            Organization org = em.find(Organization.class, caller.organizationId());
            affiliation = org == null ? null : org.getName();
        }
        return new DocumentReceipt.Uploader(caller.username(), caller.role(), caller.organizationId(),
                caller.agencyId(), affiliation, clientAddress.get());
    }

    private NotFoundException refuse(String action, String type, Object id) {
        refusals.fire(new AccessRefused(callers.current().username(), action, type, String.valueOf(id)));
        return new NotFoundException(type, id);
    }
}
