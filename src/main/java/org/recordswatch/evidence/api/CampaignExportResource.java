package org.recordswatch.evidence.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.evidence.EvidenceService;
import org.recordswatch.evidence.ExportFormat;
import org.recordswatch.platform.web.ContentDisposition;

/**
 * A campaign's communications export ({@code communications.csv} of the evaluation format, JSON or XLSX), streamed
 * without a cap. Personal data is masked unless {@code unmasked=true} is asked by an administrator; every export is
 * written to the audit trail (a refused unmasked one as denied).
 */
@Path("campaigns/{campaignId}/communications.{format: csv|json|xlsx}")
@RequestScoped
@Tag(name = "Evidence", description = "Exports of communications with their tags, masked by default")
public class CampaignExportResource {

    @Inject
    EvidenceService evidence;

    @GET
    @Operation(operationId = "communicationsExport", summary = "Every communication of the campaign with its tags "
            + "(communications.csv, JSON or XLSX); personal data masked unless unmasked=true by an administrator")
    @APIResponse(responseCode = "403", description = "Unmasked data asked by a role that may not have it")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public Response export(@PathParam("campaignId") long campaignId, @PathParam("format") String format,
            @QueryParam("unmasked") @DefaultValue("false") boolean unmasked) {
        ExportFormat f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        evidence.checkCampaignExport(campaignId, f, unmasked);
        StreamingOutput body = out -> evidence.exportCampaign(campaignId, f, unmasked, out);
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment("communications-campaign-" + campaignId
                        + "." + f.extension()))
                .header("Cache-Control", "no-store").build();
    }
}
