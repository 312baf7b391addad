package org.recordswatch.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day a deadline did not count (a weekend day or a holiday while counting business days) or moved past (when a
 * calendar-day deadline landed on it and rolled).
 */
public record SkippedDay(LocalDate date, Reason reason, String holidayName) {

    public enum Reason {
        WEEKEND,
        HOLIDAY,
        /** A holiday that falls on a weekend and is observed on this day instead. */
        OBSERVED_HOLIDAY
    }

    public SkippedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if (reason != Reason.WEEKEND && (holidayName == null || holidayName.isBlank())) {
            throw new IllegalArgumentException("A skipped holiday needs its name");
        }
        if (reason == Reason.WEEKEND) {
            holidayName = null;
        }
    }

    public boolean isWeekend() {
        return reason == Reason.WEEKEND;
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }
}
