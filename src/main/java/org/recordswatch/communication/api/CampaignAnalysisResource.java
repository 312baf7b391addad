package org.recordswatch.communication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.api.CommunicationDtos.AnalysisDto;

/** How far a campaign's records are extracted and analysed; queue the analysis again. */
@Path("campaigns/{campaignId}/analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communications", description = "Messages split out of the records, threads, tags, exports")
public class CampaignAnalysisResource {

    @Inject
    CommunicationService communications;

    @GET
    @Operation(operationId = "analysisGet",
            summary = "Documents still extracting, the analysis's status and counts, and whether all is finished")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public AnalysisDto get(@PathParam("campaignId") long campaignId) {
        return AnalysisDto.of(communications.analysis(campaignId));
    }

    @POST
    @Operation(operationId = "analysisQueue", summary = "Queue the campaign's analysis again")
    public AnalysisDto queue(@PathParam("campaignId") long campaignId) {
        communications.reanalyze(campaignId);
        return AnalysisDto.of(communications.analysis(campaignId));
    }
}
