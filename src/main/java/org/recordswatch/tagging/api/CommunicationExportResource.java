package org.recordswatch.tagging.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.platform.web.ContentDisposition;
import org.recordswatch.tagging.CommunicationExport;
import org.recordswatch.tagging.ExportRow;

/** The communications export of a campaign as CSV ({@code communications.csv}) or JSON. */
@Path("campaigns/{campaignId}/communications.{format: csv|json}")
@RequestScoped
@Tag(name = "Communications", description = "Messages split out of the records, threads, tags, exports")
public class CommunicationExportResource {

    @Inject
    CommunicationExport export;

    @GET
    @Operation(operationId = "communicationsExport",
            summary = "Every communication of the campaign with its tags: communications.csv or the same as JSON")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public Response export(@PathParam("campaignId") long campaignId, @PathParam("format") String format) {
        List<ExportRow> rows = export.rows(campaignId);
        boolean csv = "csv".equals(format);
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (csv) {
                CommunicationExport.writeCsv(rows, w);
            } else {
                CommunicationExport.writeJson(rows, w);
            }
            w.flush();
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("communications-campaign-" + campaignId
                        + (csv ? ".csv" : ".json")))
                .header("Cache-Control", "no-store").build();
    }
}
