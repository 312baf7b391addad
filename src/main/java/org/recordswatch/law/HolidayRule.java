package org.recordswatch.law;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One holiday of a calendar, as a rule that yields its date in any year: a fixed date (with where it is observed when
 * it falls on a weekend), the nth or last weekday of a month, the first weekday on or after a date, a day relative to
 * another holiday, or a day relative to Easter. A rule may apply only from or until a year (Juneteenth from 2021).
 */
@Entity
@Table(name = "holiday_rule")
public class HolidayRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id")
    private HolidayCalendar calendar;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HolidayKind kind;

    private Integer month;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private DayOfWeek weekday;

    private Integer nth;

    @Column(name = "base_name", length = 128)
    private String baseName;

    @Column(name = "offset_days")
    private Integer offsetDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Observance observance = Observance.NONE;

    @Column(name = "first_year")
    private Integer firstYear;

    @Column(name = "last_year")
    private Integer lastYear;

    @Column(length = 2000)
    private String notes;

    protected HolidayRule() {
        // for JPA
    }

    private HolidayRule(String name, HolidayKind kind) {
        rename(name);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static HolidayRule fixed(String name, int month, int day, Observance observance) {
        HolidayRule r = new HolidayRule(name, HolidayKind.FIXED_DATE);
        r.month = month;
        r.dayOfMonth = day;
        r.observance = Objects.requireNonNull(observance, "observance");
        r.check();
        return r;
    }

    public static HolidayRule nthWeekday(String name, int nth, DayOfWeek weekday, int month) {
        HolidayRule r = new HolidayRule(name, HolidayKind.NTH_WEEKDAY);
        r.nth = nth;
        r.weekday = weekday;
        r.month = month;
        r.check();
        return r;
    }

    public static HolidayRule lastWeekday(String name, DayOfWeek weekday, int month) {
        HolidayRule r = new HolidayRule(name, HolidayKind.LAST_WEEKDAY);
        r.weekday = weekday;
        r.month = month;
        r.check();
        return r;
    }

    public static HolidayRule weekdayOnOrAfter(String name, DayOfWeek weekday, int month, int day) {
        HolidayRule r = new HolidayRule(name, HolidayKind.WEEKDAY_ON_OR_AFTER);
        r.weekday = weekday;
        r.month = month;
        r.dayOfMonth = day;
        r.check();
        return r;
    }

    public static HolidayRule relativeTo(String name, String baseName, int offsetDays) {
        HolidayRule r = new HolidayRule(name, HolidayKind.RELATIVE_TO);
        r.baseName = baseName;
        r.offsetDays = offsetDays;
        r.check();
        return r;
    }

    public static HolidayRule easterOffset(String name, int offsetDays) {
        HolidayRule r = new HolidayRule(name, HolidayKind.EASTER_OFFSET);
        r.offsetDays = offsetDays;
        r.check();
        return r;
    }

    /** Limits the rule to the years it was law (either bound may be null). */
    public HolidayRule validBetween(Integer from, Integer until) {
        if (from != null && until != null && until < from) {
            throw new IllegalArgumentException("The last year is before the first year");
        }
        this.firstYear = from;
        this.lastYear = until;
        return this;
    }

    public HolidayRule withNotes(String newNotes) {
        this.notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        return this;
    }

    /** Replaces every field at once (the admin form), checking that the combination makes sense. */
    public void redefine(String newName, HolidayKind newKind, Integer newMonth, Integer newDay, DayOfWeek newWeekday,
            Integer newNth, String newBaseName, Integer newOffset, Observance newObservance, Integer from,
            Integer until, String newNotes) {
        rename(newName);
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.month = newMonth;
        this.dayOfMonth = newDay;
        this.weekday = newWeekday;
        this.nth = newNth;
        this.baseName = newBaseName == null || newBaseName.isBlank() ? null : newBaseName.strip();
        this.offsetDays = newOffset;
        this.observance = newObservance == null ? Observance.NONE : newObservance;
        validBetween(from, until);
        withNotes(newNotes);
        check();
    }

    private void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
        this.name = newName.strip();
    }

    /** Throws {@link IllegalArgumentException} naming what is missing or out of range for the kind. */
    private void check() {
        switch (kind) {
            case FIXED_DATE -> {
                requireMonth();
                if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
                    throw new IllegalArgumentException("day");
                }
                try {
                    LocalDate.of(2024, month, dayOfMonth); // a leap year: every real month-day passes
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("day", e);
                }
            }
            case NTH_WEEKDAY -> {
                requireMonth();
                requireWeekday();
                if (nth == null || nth < 1 || nth > 5) {
                    throw new IllegalArgumentException("nth");
                }
            }
            case LAST_WEEKDAY -> {
                requireMonth();
                requireWeekday();
            }
            case WEEKDAY_ON_OR_AFTER -> {
                requireMonth();
                requireWeekday();
                if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
                    throw new IllegalArgumentException("day");
                }
            }
            case RELATIVE_TO -> {
                if (baseName == null || baseName.isBlank() || baseName.equals(name)) {
                    throw new IllegalArgumentException("baseName");
                }
                requireOffset();
            }
            case EASTER_OFFSET -> requireOffset();
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private void requireMonth() {
        if (month == null || month < 1 || month > 12) {
            throw new IllegalArgumentException("month");
        }
    }

    private void requireWeekday() {
        if (weekday == null) {
            throw new IllegalArgumentException("weekday");
        }
    }

    private void requireOffset() {
        if (offsetDays == null || Math.abs(offsetDays) > 366) {
            throw new IllegalArgumentException("offsetDays");
        }
    }

    public boolean appliesIn(int year) {
        return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
    }

    /**
     * The day the holiday falls on in a year, before any observance rule; empty when the rule does not apply that
     * year (or, for 29 February, in a common year). {@code others} resolves other rules of the calendar by name.
     */
    public Optional<LocalDate> actualDate(int year, Function<String, Optional<HolidayRule>> others) {
        return actualDate(year, others, 0);
    }

    private Optional<LocalDate> actualDate(int year, Function<String, Optional<HolidayRule>> others, int depth) {
        if (!appliesIn(year)) {
            return Optional.empty();
        }
        try {
            return switch (kind) {
                case FIXED_DATE -> Optional.of(LocalDate.of(year, month, dayOfMonth));
                case NTH_WEEKDAY -> {
                    LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
                    yield d.getMonthValue() == month ? Optional.of(d) : Optional.empty();
                }
                case LAST_WEEKDAY -> Optional.of(LocalDate.of(year, month, 1)
                        .with(TemporalAdjusters.lastInMonth(weekday)));
                case WEEKDAY_ON_OR_AFTER -> Optional.of(LocalDate.of(year, month, dayOfMonth)
                        .with(TemporalAdjusters.nextOrSame(weekday)));
                case RELATIVE_TO -> {
                    if (depth > 8) {
                        throw new IllegalStateException("Holiday rules refer to each other in a loop: " + name);
                    }
                    yield others.apply(baseName).flatMap(base -> base.actualDate(year, others, depth + 1))
                            .map(d -> d.plusDays(offsetDays));
                }
                case EASTER_OFFSET -> Optional.of(easterSunday(year).plusDays(offsetDays));
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day the holiday is observed in a year: the actual date moved by the observance rule. */
    public Optional<Holiday> occurrence(int year, Function<String, Optional<HolidayRule>> others) {
        return actualDate(year, others).map(actual -> {
            LocalDate observed = kind == HolidayKind.FIXED_DATE ? observance.observe(actual) : actual;
            return new Holiday(observed, name, actual);
        });
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    void attachTo(HolidayCalendar newCalendar) {
        this.calendar = newCalendar;
    }

    public Long getId() {
        return id;
    }

    public HolidayCalendar getCalendar() {
        return calendar;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public Integer getMonth() {
        return month;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public Integer getNth() {
        return nth;
    }

    public String getBaseName() {
        return baseName;
    }

    public Integer getOffsetDays() {
        return offsetDays;
    }

    public Observance getObservance() {
        return observance;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public String getNotes() {
        return notes;
    }
}
