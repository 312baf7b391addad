package org.recordswatch.law;

/** How a holiday rule finds its date in a given year. */
public enum HolidayKind {
    /** A fixed month and day (4 July). */
    FIXED_DATE,
    /** The nth weekday of a month (third Monday of January). */
    NTH_WEEKDAY,
    /** The last weekday of a month (last Monday of May). */
    LAST_WEEKDAY,
    /** The first given weekday on or after a month and day (election day: first Tuesday on or after 2 November). */
    WEEKDAY_ON_OR_AFTER,
    /** A number of days after (or before) another holiday of the same calendar (the day after Thanksgiving). */
    RELATIVE_TO,
    /** A number of days from Western Easter Sunday (Good Friday: -2). */
    EASTER_OFFSET;

    public String labelKey() {
        return "holidayKind." + name();
    }
}
