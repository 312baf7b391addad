package org.recordswatch.request.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.recordswatch.law.api.LawResource.ExplanationDto;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.DeadlineChange;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestDeadline;
import org.recordswatch.request.RequestTransition;

/** What the campaign and request endpoints send and receive. */
public final class RequestDtos {

    private RequestDtos() {
    }

    @Schema(name = "Campaign")
    public record CampaignDto(long id, String title, String description, String organization, String recordsDescribed,
            LocalDate dateFrom, LocalDate dateTo, String requesterName, String letterLanguage,
            boolean sharedWithCoalition, String createdBy, Instant createdAt) {

        static CampaignDto of(Campaign c) {
            return new CampaignDto(c.getId(), c.getTitle(), c.getDescription(), c.getOrganization().getName(),
                    c.getRecordsDescribed(), c.getDateFrom(), c.getDateTo(), c.getRequesterName(),
                    c.getLetterLanguage(), c.isSharedWithCoalition(), c.getCreatedBy(), c.getCreatedAt());
        }
    }

    @Schema(name = "CampaignInput", description = "letterTemplate may use the placeholders {{statute}}, {{citation}}, "
            + "{{agency}}, {{custodian}}, {{custodian_title}}, {{requester}}, {{requester_email}}, {{organization}}, "
            + "{{date_from}}, {{date_to}}, {{records}}, {{today}}, {{title}}; organizationId is read for admins only")
    public record CampaignInput(String title, String description, String letterTemplate, String recordsDescribed,
            LocalDate dateFrom, LocalDate dateTo, String requesterName, String requesterEmail,
            @Schema(enumeration = {"en", "es"}) String letterLanguage, boolean sharedWithCoalition,
            Long organizationId, List<Long> agencyIds) {
    }

    @Schema(name = "SendInput")
    public record SendInput(@Schema(description = "defaults to today") LocalDate receivedOn,
            @Schema(description = "send each letter by e-mail (held in the outbox without SMTP)") boolean byEmail,
            String note) {
    }

    /** One row of a request list or a campaign's outcome table. */
    @Schema(name = "RequestSummary")
    public record RequestSummaryDto(long id, long campaignId, String campaign, long agencyId, String agencyCode,
            String agency, String law, String status, LocalDate receivedOn, LocalDate firstResponseOn,
            LocalDate completedOn, LocalDate nextDueOn, String nextDueClock, long daysOverdue,
            LocalDate deemedDenialOn, boolean deemedDenied) {

        static RequestSummaryDto of(RecordsRequest r, LocalDate today) {
            return new RequestSummaryDto(r.getId(), r.getCampaign().getId(), r.getCampaign().getTitle(),
                    r.getAgency().getId(), r.getAgency().getCode().value(), r.getAgency().getName(),
                    r.getLaw() == null ? null : r.getLaw().getShortName(), r.getStatus().name(), r.getReceivedOn(),
                    r.getFirstResponseOn(), r.getCompletedOn(), r.getNextDueOn(), r.getNextDueClock(),
                    r.daysOverdue(today), r.getDeemedDenialOn(), r.isDeemedDenied(today));
        }
    }

    @Schema(name = "Deadline")
    public record DeadlineDto(String clock, String name, String kind, String citation, boolean deemedDenial,
            boolean uncertain, String startedBy, LocalDate startedOn, LocalDate due, String state, boolean overdue,
            LocalDate endedOn, ExplanationDto explanation) {

        static DeadlineDto of(RequestDeadline d, LocalDate today) {
            return new DeadlineDto(d.getClockCode(), d.getClockName(), d.getKind().name(), d.getCitation(),
                    d.isDeemedDenial(), d.isUncertain(), d.getStartedBy().name(), d.getStartedOn(), d.getDueOn(),
                    d.getState().name(), d.isOverdue(today), d.getEndedOn(), ExplanationDto.of(d.getDeadline()));
        }
    }

    @Schema(name = "DeadlineChange")
    public record DeadlineChangeDto(String clock, String name, LocalDate previousDue, LocalDate newDue,
            String previousState, String newState, Instant changedAt, String changedBy, String reason, String note) {

        static DeadlineChangeDto of(DeadlineChange c) {
            return new DeadlineChangeDto(c.getClockCode(), c.getClockName(), c.getPreviousDueOn(), c.getNewDueOn(),
                    c.getPreviousState() == null ? null : c.getPreviousState().name(),
                    c.getNewState() == null ? null : c.getNewState().name(), c.getChangedAt(), c.getChangedBy(),
                    c.getReasonKey(), c.getNote());
        }
    }

    @Schema(name = "Denial", description = "What a written denial said, element by element; blank means absent")
    public record DenialDto(String recordsWithheld, String responsiblePersons, String reason, String legalAuthority,
            String appealRights, String volumeEstimate) {
    }

    @Schema(name = "Transition")
    public record TransitionDto(long id, String from, String to, LocalDate on, LocalDate statedDate, String note,
            String recordedBy, Instant recordedAt, DenialDto denial, List<String> missingElements) {

        static TransitionDto of(RequestTransition t) {
            var d = t.getDenial();
            return new TransitionDto(t.getId(), t.getFromStatus().name(), t.getToStatus().name(), t.getOccurredOn(),
                    t.getStatedDate(), t.getNote(), t.getRecordedBy(), t.getRecordedAt(),
                    d.isEmpty() ? null : new DenialDto(d.getRecordsWithheld(), d.getResponsiblePersons(),
                            d.getReason(), d.getLegalAuthority(), d.getAppealRights(), d.getVolumeEstimate()),
                    t.getMissingElements().stream().map(Enum::name).sorted().toList());
        }
    }

    @Schema(name = "TransitionInput", description = "to: ACKNOWLEDGED, EXTENDED, PARTIALLY_FULFILLED, FULFILLED, "
            + "DENIED, NO_RECORDS, WITHDRAWN, APPEALED, IN_LITIGATION or CLOSED (records officers: the agency's "
            + "answers only); on: the date of the agency's letter or of the event")
    public record TransitionInput(String to, LocalDate on, LocalDate statedDate, String note, DenialDto denial) {
    }

    @Schema(name = "Request")
    public record RequestDto(RequestSummaryDto summary, String letterSubject, String letterText,
            String trackingNumber, List<String> requiredDenialElements, List<DeadlineDto> deadlines,
            List<DeadlineChangeDto> deadlineChanges) {
    }
}
