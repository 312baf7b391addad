package org.recordswatch.extraction.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.extraction.ExtractionService;

/** The extraction progress of one upload batch. */
@Path("batches/{id}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class BatchExtractionResource {

    @Inject
    ExtractionService extraction;

    @GET
    @Operation(summary = "The extraction progress of one upload batch")
    public ExtractionViews.BatchView get(@PathParam("id") long id) {
        return ExtractionViews.BatchView.of(extraction.batch(id));
    }
}
