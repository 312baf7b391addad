package org.recordswatch.document.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.document.DocumentReceipt;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.ExtractionStatusLookup;

/** One document: its description, its children and its chain of custody. The bytes are at /documents/file/{id}. */
@Path("documents/{id}")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    Instance<ExtractionStatusLookup> extractionStatus;

    /** One receipt of the chain of custody. */
    public record ReceiptView(Instant receivedAt, String uploadedBy, String role, String affiliation, String channel,
            String originalName, boolean duplicate, String batesRange) {

        static ReceiptView of(DocumentReceipt r) {
            return new ReceiptView(r.getReceivedAt(), r.getUploadedBy(), r.getUploaderRole().name(),
                    r.getAffiliation(), r.getChannel().name(), r.getOriginalName(), r.isDuplicate(),
                    r.getBatesRange());
        }
    }

    @GET
    @Operation(summary = "A document")
    public DocumentView get(@PathParam("id") long id) {
        return DocumentView.of(documents.get(id), extractionStatus);
    }

    @GET
    @Path("children")
    @Operation(summary = "The documents found inside a document (zip members, attachments, mailbox messages)")
    public List<DocumentView> children(@PathParam("id") long id) {
        return documents.children(id).stream().map(d -> DocumentView.of(d, extractionStatus)).toList();
    }

    @GET
    @Path("custody")
    @Operation(summary = "The chain of custody of the document's original")
    public List<ReceiptView> custody(@PathParam("id") long id) {
        return documents.custody(id).stream().map(ReceiptView::of).toList();
    }
}
