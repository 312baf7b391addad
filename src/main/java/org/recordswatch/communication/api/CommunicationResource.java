package org.recordswatch.communication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.api.CommunicationDtos.CommunicationDto;
import org.recordswatch.communication.api.CommunicationDtos.CommunicationSummaryDto;

/** One communication in full, and the messages of a thread. */
@Path("communications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communications", description = "Messages split out of the records, threads, tags, exports")
public class CommunicationResource {

    @Inject
    CommunicationService communications;

    @GET
    @Path("{id}")
    @Operation(operationId = "communicationsGet",
            summary = "One communication: parties, own text, quoted history apart, appearances")
    @APIResponse(responseCode = "404", description = "No such communication, or not the caller's to see")
    public CommunicationDto get(@PathParam("id") long id) {
        return CommunicationDto.of(communications.communication(id));
    }

    @GET
    @Path("threads/{threadId}")
    @Operation(operationId = "communicationsThread", summary = "The messages of a thread, oldest first")
    @APIResponse(responseCode = "404", description = "No such thread, or not the caller's to see")
    public List<CommunicationSummaryDto> thread(@PathParam("threadId") long threadId) {
        return communications.threadMessages(threadId).stream().map(CommunicationSummaryDto::of).toList();
    }
}
