package org.recordswatch.law;

/** How a clock counts: every day, or only business days (no Saturdays, Sundays or holidays of the calendar). */
public enum DayCount {
    BUSINESS_DAYS,
    CALENDAR_DAYS
}
