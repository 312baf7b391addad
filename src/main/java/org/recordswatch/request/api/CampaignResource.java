package org.recordswatch.request.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.request.CampaignForm;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.api.RequestDtos.CampaignDto;
import org.recordswatch.request.api.RequestDtos.CampaignInput;
import org.recordswatch.request.api.RequestDtos.RequestSummaryDto;
import org.recordswatch.request.api.RequestDtos.SendInput;

/**
 * Campaigns over REST, with the same rules as the pages: advocates see their organization's campaigns (and shared
 * ones of their coalition), analysts read all, admins do everything, records officers see none.
 */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "One request sent to many agencies; its outcome by agency")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    RequestService requests;

    @GET
    @Operation(operationId = "campaignsList",
            summary = "The campaigns the caller may see, newest first")
    public List<CampaignDto> list(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return campaigns.campaigns(text, Math.max(first, 0), Math.max(1, Math.min(max, 500))).stream()
                .map(CampaignDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "campaignsGet",
            summary = "One campaign")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public CampaignDto get(@PathParam("id") long id) {
        return CampaignDto.of(campaigns.campaign(id));
    }

    @POST
    @Operation(operationId = "campaignsCreate",
            summary = "Create a campaign and one draft request per agency (advocates, admins)")
    @APIResponse(responseCode = "400", description = "A field is invalid")
    public CampaignDto create(CampaignInput in) {
        return CampaignDto.of(campaigns.create(new CampaignForm(in.title(), in.description(), in.letterTemplate(),
                in.recordsDescribed(), in.dateFrom(), in.dateTo(), in.requesterName(), in.requesterEmail(),
                in.letterLanguage(), in.sharedWithCoalition(), in.organizationId()),
                in.agencyIds() == null ? List.of() : in.agencyIds()));
    }

    @GET
    @Path("{id}/requests")
    @Operation(operationId = "campaignsRequests",
            summary = "The campaign's outcome table: one row per agency with status and deadlines")
    public List<RequestSummaryDto> requests(@PathParam("id") long id) {
        LocalDate today = requests.today();
        return campaigns.requests(id).stream().map(r -> RequestSummaryDto.of(r, today)).toList();
    }

    @POST
    @Path("{id}/send")
    @Operation(operationId = "campaignsSend",
            summary = "Submit every draft of the campaign (advocates, admins); returns the number submitted")
    public int send(@PathParam("id") long id, SendInput in) {
        return campaigns.sendDrafts(id, in == null || in.receivedOn() == null ? requests.today() : in.receivedOn(),
                in != null && in.byEmail());
    }
}
