package org.recordswatch.communication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.communication.CommunicationFilter;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.api.CommunicationDtos.CommunicationSummaryDto;
import org.recordswatch.communication.api.CommunicationDtos.ThreadDto;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.platform.BusinessException;

/** A campaign's communications, filtered and paged, and its threads. */
@Path("campaigns/{campaignId}/communications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communications", description = "Messages split out of the records, threads, tags, exports")
public class CampaignCommunicationsResource {

    @Inject
    CommunicationService communications;

    @GET
    @Operation(operationId = "communicationsList",
            summary = "The campaign's communications by sent time, filtered by agency, sender, dates, thread, channel")
    @APIResponse(responseCode = "404", description = "No such campaign, or not the caller's to see")
    public List<CommunicationSummaryDto> list(@PathParam("campaignId") long campaignId,
            @QueryParam("agency") String agency, @QueryParam("sender") String sender,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("thread") Long thread, @QueryParam("channel") String channel,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        return communications.communications(campaignId,
                new CommunicationFilter(agency, sender, date(from), date(to), thread, channel(channel), text), first,
                max).stream()
                .map(CommunicationSummaryDto::of).toList();
    }

    @GET
    @Path("threads")
    @Operation(operationId = "communicationsThreads", summary = "The campaign's threads by first message")
    public List<ThreadDto> threads(@PathParam("campaignId") long campaignId) {
        return communications.threads(campaignId).stream().map(ThreadDto::of).toList();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("api.badDate");
        }
    }

    private static Channel channel(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.badChannel");
        }
    }
}
