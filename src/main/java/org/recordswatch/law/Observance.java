package org.recordswatch.law;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Where a fixed-date holiday that falls on a weekend is observed. */
public enum Observance {
    /** Not moved: a holiday on a weekend is simply lost. */
    NONE,
    /** A Sunday holiday is observed on Monday; a Saturday holiday is not moved. */
    SUNDAY_TO_MONDAY,
    /** A Saturday holiday is observed on Friday, a Sunday holiday on Monday (the federal rule, 5 U.S.C. 6103(b)). */
    NEAREST_WEEKDAY;

    public LocalDate observe(LocalDate actual) {
        DayOfWeek dow = actual.getDayOfWeek();
        return switch (this) {
            case NONE -> actual;
            case SUNDAY_TO_MONDAY -> dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
            case NEAREST_WEEKDAY -> dow == DayOfWeek.SUNDAY ? actual.plusDays(1)
                    : dow == DayOfWeek.SATURDAY ? actual.minusDays(1) : actual;
        };
    }

    public String labelKey() {
        return "observance." + name();
    }
}
