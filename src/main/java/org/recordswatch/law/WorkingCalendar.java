package org.recordswatch.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts days the way statutes do. Saturdays and Sundays are never business days; nor are the holidays of the
 * calendar. The start date is day 0 (the day of receipt is not counted); business days are counted one by one from
 * the next day; a calendar-day period ends on start + n and then rolls as the clock says.
 */
public final class WorkingCalendar {

    private final Holidays holidays;

    public WorkingCalendar(Holidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Why this is not a business day; empty for a business day. */
    public Optional<SkippedDay> nonBusiness(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return Optional.of(new SkippedDay(date, SkippedDay.Reason.WEEKEND, null));
        }
        return holidays.on(date).map(h -> new SkippedDay(date,
                h.observedOnAnotherDay() ? SkippedDay.Reason.OBSERVED_HOLIDAY : SkippedDay.Reason.HOLIDAY, h.name()));
    }

    public boolean isBusinessDay(LocalDate date) {
        return nonBusiness(date).isEmpty();
    }

    /** The first business day on or after the date, and the days passed over to reach it. */
    public LocalDate nextBusinessDayOnOrAfter(LocalDate date, List<SkippedDay> passed) {
        LocalDate d = date;
        for (Optional<SkippedDay> skip = nonBusiness(d); skip.isPresent(); skip = nonBusiness(d)) {
            passed.add(skip.get());
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The deadline {@code length} days after {@code start}, with every day skipped on the way.
     *
     * @param start  day 0
     * @param length number of days, at least 0
     */
    public Deadline count(LocalDate start, int length, DayCount unit, Roll roll) {
        Objects.requireNonNull(start, "start");
        if (length < 0) {
            throw new IllegalArgumentException("A clock cannot run backwards: " + length);
        }
        List<SkippedDay> skipped = new ArrayList<>();
        List<SkippedDay> rolled = new ArrayList<>();
        LocalDate due;
        if (unit == DayCount.BUSINESS_DAYS) {
            LocalDate d = start;
            int counted = 0;
            while (counted < length) {
                d = d.plusDays(1);
                Optional<SkippedDay> skip = nonBusiness(d);
                if (skip.isPresent()) {
                    skipped.add(skip.get());
                } else {
                    counted++;
                }
            }
            due = d;
        } else {
            LocalDate landed = start.plusDays(length);
            due = switch (roll) {
                case NONE -> landed;
                case NEXT_BUSINESS_DAY -> nextBusinessDayOnOrAfter(landed, rolled);
                case PREVIOUS_BUSINESS_DAY -> {
                    LocalDate d = landed;
                    for (Optional<SkippedDay> skip = nonBusiness(d); skip.isPresent(); skip = nonBusiness(d)) {
                        rolled.add(skip.get());
                        d = d.minusDays(1);
                    }
                    yield d;
                }
            };
        }
        return new Deadline(start, length, unit, unit == DayCount.BUSINESS_DAYS ? Roll.NONE : roll,
                unit == DayCount.CALENDAR_DAYS ? start.plusDays(length) : due, skipped, rolled, due);
    }
}
