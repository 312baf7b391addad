package org.recordswatch.extraction.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.extraction.ExtractionCounts;
import org.recordswatch.extraction.ExtractionService;

/** A request's extraction: counts of originals per state (what {@code scripts/evaluate} polls until nothing is QUEUED
 * or PARSING), the progress of its upload batches and the ingestion report of failed files. */
@Path("requests/{id}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class RequestExtractionResource {

    @Inject
    ExtractionService extraction;

    @GET
    @Operation(summary = "Extraction counts, batch progress and failed files of a request")
    public ExtractionViews.RequestExtractionView get(@PathParam("id") long id) {
        ExtractionCounts c = extraction.countsOfRequest(id);
        return new ExtractionViews.RequestExtractionView(id, c.queued(), c.parsing(), c.done(), c.failed(),
                c.total(), c.isSettled(), extraction.batches(id).stream().map(ExtractionViews.BatchView::of).toList(),
                extraction.failures(id, null));
    }
}
