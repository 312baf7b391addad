package org.recordswatch.law;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;

/**
 * Laws, clocks and holiday calendars. Everyone logged in may read them (they are public law); only admins change
 * them. A change to a law's clocks or to a calendar it uses recomputes the deadlines of open requests under it
 * ({@link LawChanged}); every change is audited.
 */
@Stateless
public class LawService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LawRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Event<LawChanged> lawChanges;

    /** What an admin fills in for a law. */
    public record LawForm(String code, String jurisdiction, String name, String shortName, String citation,
            String url, String notes, String calendarJurisdiction, ReceiptRule receiptRule,
            Set<DenialElement> denialElements, String denialCitation, BigDecimal damagesPerDay, String damagesNote) {
    }

    /** What an admin fills in for a clock. {@code length} null: the date the agency states. */
    public record ClockForm(String code, String name, ClockKind kind, Integer length, DayCount unit,
            ClockEvent startsOn, String countFrom, Roll roll, Set<ClockEvent> metBy, Set<ClockEvent> supersededBy,
            boolean deemedDenial, String citation, String notes, boolean uncertain) {
    }

    /** What an admin fills in for a holiday rule. */
    public record RuleForm(String name, HolidayKind kind, Integer month, Integer day, DayOfWeek weekday, Integer nth,
            String baseName, Integer offsetDays, Observance observance, Integer firstYear, Integer lastYear,
            String notes) {
    }

    @Authorized
    public List<Law> laws() {
        return repository.all();
    }

    @Authorized
    public Law law(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("law", id));
    }

    /** The law that applies to agencies of a jurisdiction, if the directory of laws has one. */
    @Authorized
    public java.util.Optional<Law> lawFor(String jurisdiction) {
        return repository.forJurisdiction(jurisdiction);
    }

    @Authorized
    public List<HolidayCalendar> calendars() {
        return repository.calendars();
    }

    @Authorized
    public HolidayCalendar calendar(String jurisdiction) {
        return repository.calendar(jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("holiday calendar", jurisdiction));
    }

    /** The holidays observed in a jurisdiction in a year. */
    @Authorized
    public List<Holiday> holidays(String jurisdiction, int year) {
        if (year < 1900 || year > 2200) {
            throw new BusinessException("holiday.yearOutOfRange");
        }
        return calendar(jurisdiction).holidaysIn(year);
    }

    /**
     * The clocks that start with a request received on a date under a law, with their explanations: what a law page
     * shows as "try a date".
     */
    @Authorized
    public List<ClockReading> preview(long lawId, LocalDate receivedOn) {
        Law law = law(lawId);
        return DeadlineEngine.evaluate(law, repository.holidaysFor(law),
                List.of(Occurrence.of(ClockEvent.RECEIVED, receivedOn)));
    }

    @Authorized(Role.ADMIN)
    public Law saveLaw(Long lawId, LawForm form) {
        Law law;
        try {
            if (lawId == null) {
                if (repository.forJurisdiction(form.jurisdiction()).isPresent()) {
                    throw new BusinessException("law.jurisdictionTaken", form.jurisdiction());
                }
                law = new Law(form.code(), form.jurisdiction(), form.name(), form.shortName(), form.citation());
                em.persist(law);
            } else {
                law = law(lawId);
            }
            law.describe(form.name(), form.shortName(), form.citation(), form.url(), form.notes());
            law.useCalendarOf(form.calendarJurisdiction());
            law.receive(form.receiptRule());
            law.requireInDenial(form.denialElements() == null ? Set.of() : form.denialElements(),
                    form.denialCitation());
            law.damages(form.damagesPerDay(), form.damagesNote());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("law.invalid", e.getMessage());
        }
        em.flush();
        audit.record(callers.current().username(), lawId == null ? "LAW_CREATE" : "LAW_UPDATE", "law", law.getCode());
        changed(law, "law.changed.law");
        return law;
    }

    @Authorized(Role.ADMIN)
    public Law saveClock(long lawId, String existingCode, ClockForm form) {
        Law law = law(lawId);
        try {
            StatutoryClock clock;
            if (existingCode == null) {
                clock = new StatutoryClock(form.code(), form.name(), form.kind(), form.length(), form.unit());
                apply(clock, form);
                law.add(clock);
            } else {
                clock = law.clock(existingCode).orElseThrow(() -> new NotFoundException("clock", existingCode));
                clock.define(form.name(), form.kind(), form.length(), form.unit());
                apply(clock, form);
                law.checkClocks();
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException("law.invalidClock", e.getMessage());
        }
        em.flush();
        audit.record(callers.current().username(), "LAW_CLOCK_SAVE", "law", law.getCode() + "/" + form.code());
        changed(law, "law.changed.clock");
        return law;
    }

    private static void apply(StatutoryClock clock, ClockForm form) {
        clock.startsOn(form.startsOn() == null ? ClockEvent.RECEIVED : form.startsOn(), form.countFrom())
                .rolls(form.roll() == null ? Roll.NEXT_BUSINESS_DAY : form.roll())
                .metBy(form.metBy() == null ? Set.of() : form.metBy())
                .supersededBy(form.supersededBy() == null ? Set.of() : form.supersededBy())
                .deemedDenial(form.deemedDenial())
                .cite(form.citation(), form.notes(), form.uncertain());
    }

    @Authorized(Role.ADMIN)
    public Law removeClock(long lawId, String code) {
        Law law = law(lawId);
        try {
            law.remove(code);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("law.clockInUse", e.getMessage());
        }
        em.flush();
        audit.record(callers.current().username(), "LAW_CLOCK_REMOVE", "law", law.getCode() + "/" + code);
        changed(law, "law.changed.clock");
        return law;
    }

    @Authorized(Role.ADMIN)
    public HolidayCalendar createCalendar(String jurisdiction, String name) {
        if (jurisdiction != null && repository.calendar(jurisdiction.strip().toUpperCase(java.util.Locale.ROOT))
                .isPresent()) {
            throw new BusinessException("holiday.calendarTaken", jurisdiction);
        }
        HolidayCalendar calendar;
        try {
            calendar = new HolidayCalendar(jurisdiction, name);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("holiday.calendarInvalid");
        }
        em.persist(calendar);
        em.flush();
        audit.record(callers.current().username(), "HOLIDAY_CALENDAR_CREATE", "holiday_calendar",
                calendar.getJurisdiction());
        return calendar;
    }

    @Authorized(Role.ADMIN)
    public HolidayCalendar describeCalendar(String jurisdiction, String name, String notes) {
        HolidayCalendar calendar = calendar(jurisdiction);
        try {
            calendar.describe(name, notes);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("holiday.calendarInvalid");
        }
        audit.record(callers.current().username(), "HOLIDAY_CALENDAR_UPDATE", "holiday_calendar", jurisdiction);
        return calendar;
    }

    @Authorized(Role.ADMIN)
    public HolidayCalendar saveRule(String jurisdiction, Long ruleId, RuleForm form) {
        HolidayCalendar calendar = calendar(jurisdiction);
        try {
            if (ruleId == null) {
                HolidayRule rule = HolidayRule.fixed(form.name(), 1, 1, Observance.NONE);
                define(rule, form);
                calendar.add(rule);
            } else {
                HolidayRule rule = rule(calendar, ruleId);
                calendar.rule(form.name()).filter(other -> !other.getId().equals(ruleId)).ifPresent(other -> {
                    throw new IllegalArgumentException("name");
                });
                define(rule, form);
                calendar.rulesChanged();
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException(holidayKey(e.getMessage()));
        }
        em.flush();
        audit.record(callers.current().username(), "HOLIDAY_RULE_SAVE", "holiday_calendar",
                calendar.getJurisdiction() + "/" + form.name());
        calendarChanged(calendar);
        return calendar;
    }

    private static void define(HolidayRule rule, RuleForm f) {
        rule.redefine(f.name(), f.kind(), f.month(), f.day(), f.weekday(), f.nth(), f.baseName(), f.offsetDays(),
                f.observance(), f.firstYear(), f.lastYear(), f.notes());
    }

    private static String holidayKey(String detail) {
        return switch (detail == null ? "" : detail) {
            case "month", "day", "weekday", "nth", "baseName", "offsetDays" -> "holiday.invalid." + detail;
            default -> detail != null && detail.startsWith("duplicate") || "name".equals(detail)
                    ? "holiday.invalid.duplicate" : "holiday.invalid.other";
        };
    }

    @Authorized(Role.ADMIN)
    public HolidayCalendar removeRule(String jurisdiction, long ruleId) {
        HolidayCalendar calendar = calendar(jurisdiction);
        HolidayRule rule = rule(calendar, ruleId);
        calendar.remove(rule);
        em.flush();
        audit.record(callers.current().username(), "HOLIDAY_RULE_REMOVE", "holiday_calendar",
                calendar.getJurisdiction() + "/" + rule.getName());
        calendarChanged(calendar);
        return calendar;
    }

    private static HolidayRule rule(HolidayCalendar calendar, long ruleId) {
        return calendar.getRules().stream().filter(r -> r.getId() == ruleId).findFirst()
                .orElseThrow(() -> new NotFoundException("holiday rule", ruleId));
    }

    private void calendarChanged(HolidayCalendar calendar) {
        for (Long lawId : repository.lawsUsingCalendar(calendar.getJurisdiction())) {
            lawChanges.fire(new LawChanged(lawId, callers.current().username(), "law.changed.holidays"));
        }
    }

    private void changed(Law law, String reasonKey) {
        lawChanges.fire(new LawChanged(law.getId(), callers.current().username(), reasonKey));
    }
}
