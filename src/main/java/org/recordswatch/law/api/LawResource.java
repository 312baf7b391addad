package org.recordswatch.law.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.law.ClockReading;
import org.recordswatch.law.Deadline;
import org.recordswatch.law.Holiday;
import org.recordswatch.law.Law;
import org.recordswatch.law.LawService;
import org.recordswatch.law.SkippedDay;
import org.recordswatch.law.StatutoryClock;
import org.recordswatch.platform.BusinessException;

/** Laws, their clocks and holiday calendars over REST (read-only; admins edit them in the application). */
@Path("laws")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Laws", description = "Public-records laws as data: clocks, holidays, and how deadlines are computed")
public class LawResource {

    @Inject
    LawService laws;

    @Schema(name = "Clock")
    public record ClockDto(String code, String name, String kind, Integer lengthDays, String unit, String startsOn,
            String countFrom, String roll, List<String> metBy, List<String> supersededBy, boolean deemedDenial,
            String citation, String notes, boolean uncertain) {

        static ClockDto of(StatutoryClock c) {
            return new ClockDto(c.getCode(), c.getName(), c.getKind().name(), c.getLength(), c.getUnit().name(),
                    c.getStartsOn().name(), c.getCountFrom(), c.getRoll().name(),
                    c.getMetBy().stream().map(Enum::name).sorted().toList(),
                    c.getSupersededBy().stream().map(Enum::name).sorted().toList(), c.isDeemedDenial(),
                    c.getCitation(), c.getNotes(), c.isUncertain());
        }
    }

    @Schema(name = "Law")
    public record LawDto(long id, String code, String jurisdiction, String name, String shortName, String citation,
            String url, String notes, String calendarJurisdiction, String receiptRule, List<String> denialElements,
            String denialCitation, BigDecimal damagesPerDay, String damagesNote, List<ClockDto> clocks) {

        static LawDto of(Law l) {
            return new LawDto(l.getId(), l.getCode(), l.getJurisdiction(), l.getName(), l.getShortName(),
                    l.getCitation(), l.getUrl(), l.getNotes(), l.getCalendarJurisdiction(), l.getReceiptRule().name(),
                    l.getDenialElements().stream().map(Enum::name).sorted().toList(), l.getDenialCitation(),
                    l.getDamagesPerDay(), l.getDamagesNote(), l.getClocks().stream().map(ClockDto::of).toList());
        }
    }

    /** A weekend day or holiday a count skipped or rolled past. */
    @Schema(name = "SkippedDay")
    public record SkippedDayDto(LocalDate date, String reason, String holiday) {

        static SkippedDayDto of(SkippedDay s) {
            return new SkippedDayDto(s.date(), s.reason().name(), s.holidayName());
        }
    }

    /** How a deadline was computed. */
    @Schema(name = "Explanation", description = "start is day 0; skipped days were not counted; rolledPast are the "
            + "days a calendar-day deadline moved over; stated is true when the date is the one the agency gave")
    public record ExplanationDto(LocalDate start, int length, String unit, String roll, LocalDate landedOn,
            List<SkippedDayDto> skipped, List<SkippedDayDto> rolledPast, LocalDate due, boolean stated) {

        public static ExplanationDto of(Deadline d) {
            return d == null ? null : new ExplanationDto(d.start(), d.length(), d.unit().name(), d.roll().name(),
                    d.landedOn(), d.skipped().stream().map(SkippedDayDto::of).toList(),
                    d.rolledPast().stream().map(SkippedDayDto::of).toList(), d.due(), d.isStated());
        }
    }

    @Schema(name = "ClockPreview")
    public record PreviewDto(String clock, String name, String kind, boolean deemedDenial, LocalDate due,
            ExplanationDto explanation) {

        static PreviewDto of(ClockReading r) {
            return new PreviewDto(r.code(), r.name(), r.kind().name(), r.deemedDenial(), r.due(),
                    ExplanationDto.of(r.deadline()));
        }
    }

    @Schema(name = "Holiday")
    public record HolidayDto(LocalDate date, String name, LocalDate actualDate) {

        static HolidayDto of(Holiday h) {
            return new HolidayDto(h.date(), h.name(), h.actualDate());
        }
    }

    @GET
    @Operation(operationId = "lawsAll",
            summary = "Every law with its clocks")
    public List<LawDto> all() {
        return laws.laws().stream().map(LawDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "lawsGet",
            summary = "One law with its clocks")
    public LawDto get(@PathParam("id") long id) {
        return LawDto.of(laws.law(id));
    }

    @GET
    @Path("{id}/preview")
    @Operation(operationId = "lawsPreview",
            summary = "The deadlines a request received on a date would get under the law, with explanations")
    public List<PreviewDto> preview(@PathParam("id") long id,
            @QueryParam("receivedOn") @Parameter(description = "ISO date, e.g. 2026-01-16", required = true)
            String receivedOn) {
        return laws.preview(id, date(receivedOn)).stream().map(PreviewDto::of).toList();
    }

    @GET
    @Path("holidays/{jurisdiction}/{year}")
    @Operation(operationId = "lawsHolidays",
            summary = "The holidays observed in a jurisdiction in a year, computed from its rules")
    public List<HolidayDto> holidays(@PathParam("jurisdiction") String jurisdiction, @PathParam("year") int year) {
        return laws.holidays(jurisdiction, year).stream().map(HolidayDto::of).toList();
    }

    static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (RuntimeException e) {
            throw new BusinessException("api.badDate");
        }
    }
}
