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

/** Extraction counts over all requests of a campaign. */
@Path("campaigns/{id}/extraction")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignExtractionResource {

    @Inject
    ExtractionService extraction;

    @GET
    @Operation(summary = "Extraction counts over all requests of a campaign")
    public ExtractionViews.CountsView get(@PathParam("id") long id) {
        return ExtractionViews.CountsView.of(extraction.countsOfCampaign(id));
    }
}
