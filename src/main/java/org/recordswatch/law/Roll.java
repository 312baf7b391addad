package org.recordswatch.law;

/** What happens when a calendar-day deadline lands on a Saturday, Sunday or holiday. */
public enum Roll {
    /** The deadline moves forward to the next business day (the usual rule for statutory periods). */
    NEXT_BUSINESS_DAY,
    /** The deadline moves back to the previous business day. */
    PREVIOUS_BUSINESS_DAY,
    /** The deadline stays where it lands. */
    NONE
}
