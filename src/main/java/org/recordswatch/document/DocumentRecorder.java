package org.recordswatch.document;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.recordswatch.request.RecordsRequest;

/**
 * Writes the rows for a blob that is already durably stored: the document (unless the request already holds the same
 * bytes) and its receipt, and announces a new original ({@link DocumentStored}, whose observers join the transaction:
 * the extraction job commits with the row). Runs in its own short transaction, after the (possibly long) streaming of
 * the bytes.
 * Internal to the document feature: callers have checked access.
 */
@Stateless
public class DocumentRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DocumentStored> stored;

    /** What happened to one file. */
    public record Recorded(long documentId, boolean duplicate) {
    }

    /** Everything the rows need. */
    public record Arrival(long requestId, Long batchId, DocumentStore.Stored blob, String mediaType, String fileName,
            DocumentReceipt.Uploader uploader, Channel channel, BatesRange bates, Instant at) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Recorded record(Arrival a) {
        Optional<Document> existing = findOriginal(a.requestId(), a.blob().digest());
        if (existing.isPresent()) {
            em.persist(new DocumentReceipt(existing.get(), a.batchId(), a.at(), a.uploader(), a.channel(),
                    a.fileName(), true, a.bates()));
            return new Recorded(existing.get().getId(), true);
        }
        RecordsRequest request = em.getReference(RecordsRequest.class, a.requestId());
        Document document = Document.original(request, a.batchId(), a.fileName(), a.blob().digest(),
                a.blob().size(), a.mediaType(), a.at());
        em.persist(document);
        em.flush();
        em.persist(new DocumentReceipt(document, a.batchId(), a.at(), a.uploader(), a.channel(), a.fileName(), false,
                a.bates()));
        stored.fire(new DocumentStored(document.getId(), a.requestId(), a.batchId()));
        return new Recorded(document.getId(), false);
    }

    private Optional<Document> findOriginal(long requestId, ContentDigest digest) {
        return em.createNamedQuery("Document.findOriginal", Document.class)
                .setParameter("request", requestId).setParameter("sha256", digest.hex())
                .getResultStream().findFirst();
    }
}
