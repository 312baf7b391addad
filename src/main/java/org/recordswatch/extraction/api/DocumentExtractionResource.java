package org.recordswatch.extraction.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.extraction.ExtractionService;

/** A document's extraction state and provenance, and the re-run of a failed extraction. */
@Path("documents/{id}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentExtractionResource {

    @Inject
    ExtractionService extraction;

    @GET
    @Operation(summary = "A document's extraction state and provenance")
    public ExtractionViews.DocumentExtractionView get(@PathParam("id") long id) {
        return ExtractionViews.DocumentExtractionView.of(id, extraction.status(id));
    }

    @POST
    @Path("rerun")
    @Operation(summary = "Queue a failed document's extraction again")
    public ExtractionViews.DocumentExtractionView rerun(@PathParam("id") long id) {
        extraction.rerun(id);
        return ExtractionViews.DocumentExtractionView.of(id, extraction.status(id));
    }
}
