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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.request.DenialDetails;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;
import org.recordswatch.request.TransitionForm;
import org.recordswatch.request.api.RequestDtos.DeadlineChangeDto;
import org.recordswatch.request.api.RequestDtos.DeadlineDto;
import org.recordswatch.request.api.RequestDtos.RequestDto;
import org.recordswatch.request.api.RequestDtos.RequestSummaryDto;
import org.recordswatch.request.api.RequestDtos.SendInput;
import org.recordswatch.request.api.RequestDtos.TransitionDto;
import org.recordswatch.request.api.RequestDtos.TransitionInput;

/**
 * Records requests over REST, with the same scope as the pages: advocates their organization's (and shared) requests,
 * records officers the submitted requests to their own agency (and may record its answers), analysts read all,
 * admins do everything. Ids outside the caller's scope answer 404.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Records requests, their deadlines with explanations, and their workflow")
public class RequestResource {

    @Inject
    RequestService requests;

    @GET
    @Operation(operationId = "requestsList",
            summary = "Requests the caller may see", description = "Filtered by text (agency or campaign), status, "
            + "campaign, and overdue=true for those whose next deadline has passed; ordered by next deadline.")
    public List<RequestSummaryDto> list(@QueryParam("q") String text, @QueryParam("status") String status,
            @QueryParam("campaignId") Long campaignId, @QueryParam("overdue") boolean overdue,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        LocalDate today = requests.today();
        RequestFilter filter = new RequestFilter(text, status(status), campaignId, null, null,
                overdue ? today.minusDays(1) : null);
        return requests.search(filter, Math.max(first, 0), Math.max(1, Math.min(max, 500))).stream()
                .map(r -> RequestSummaryDto.of(r, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "requestsGet",
            summary = "One request with its deadlines, how each was computed, and the deadline-change log")
    @APIResponse(responseCode = "404", description = "No such request, or not the caller's to see")
    public RequestDto get(@PathParam("id") long id) {
        RecordsRequest r = requests.request(id);
        LocalDate today = requests.today();
        return new RequestDto(RequestSummaryDto.of(r, today), r.getLetterSubject(), r.getLetterText(),
                r.getTrackingNumber(), r.requiredDenialElements().stream().map(Enum::name).sorted().toList(),
                requests.deadlines(id).stream().map(d -> DeadlineDto.of(d, today)).toList(),
                requests.deadlineChanges(id).stream().map(DeadlineChangeDto::of).toList());
    }

    @GET
    @Path("{id}/transitions")
    @Operation(operationId = "requestsTransitions",
            summary = "The request's history: each step with who, when and a note")
    public List<TransitionDto> transitions(@PathParam("id") long id) {
        return requests.transitions(id).stream().map(TransitionDto::of).toList();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(operationId = "requestsRecord",
            summary = "Record a step; the deadlines are recomputed",
            description = "Records officers may record their own agency's answers (ACKNOWLEDGED, EXTENDED, "
                    + "PARTIALLY_FULFILLED, FULFILLED, DENIED, NO_RECORDS); advocates and admins any step. A denial's "
                    + "missing required elements are listed in the returned transition.")
    @APIResponse(responseCode = "400", description = "The step is not allowed now, or a date is wrong")
    public TransitionDto record(@PathParam("id") long id, TransitionInput in) {
        if (in == null) {
            throw new BusinessException("api.badStatus");
        }
        var d = in.denial();
        DenialDetails denial = d == null ? null : new DenialDetails(d.recordsWithheld(), d.responsiblePersons(),
                d.reason(), d.legalAuthority(), d.appealRights(), d.volumeEstimate());
        RecordsRequest r = requests.record(id, new TransitionForm(status(in.to()),
                in.on() == null ? requests.today() : in.on(), in.statedDate(), in.note(), denial));
        List<TransitionDto> all = requests.transitions(r.getId()).stream().map(TransitionDto::of).toList();
        return all.get(all.size() - 1);
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "requestsSubmit",
            summary = "Submit a draft request (advocates, admins)")
    public RequestSummaryDto submit(@PathParam("id") long id, SendInput in) {
        LocalDate today = requests.today();
        RecordsRequest r = requests.submit(id, in == null || in.receivedOn() == null ? today : in.receivedOn(),
                in != null && in.byEmail(), in == null ? null : in.note());
        return RequestSummaryDto.of(r, today);
    }

    @GET
    @Path("{id}/letter")
    @Produces("application/pdf")
    @Operation(operationId = "requestsLetter",
            summary = "The request's letter as PDF")
    public Response letter(@PathParam("id") long id) {
        byte[] pdf = requests.letterPdf(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + requests.letterFileName(id) + "\"")
                .build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(operationId = "requestsExport",
            summary = "Requests as CSV: the given ids, or every request the caller may see")
    public Response export(@QueryParam("id") @Parameter(description = "repeat for several") List<Long> ids) {
        return Response.ok(requests.exportCsv(ids, RequestFilter.all()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"requests.csv\"").build();
    }

    private static RequestStatus status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("api.badStatus");
        }
    }
}
