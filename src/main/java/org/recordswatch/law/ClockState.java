package org.recordswatch.law;

/**
 * Where a started clock stands. Whether an open clock is overdue depends on the day it is looked at, so it is not a
 * state: see {@link ClockReading#isOverdue(java.time.LocalDate)}.
 */
public enum ClockState {
    /** Running: nothing that meets or replaces it has happened. */
    OPEN,
    /** An event that meets it happened (possibly late). */
    MET,
    /** Replaced by another clock (a first period replaced by an extension). */
    SUPERSEDED,
    /** The request was withdrawn or closed. */
    STOPPED;

    public String labelKey() {
        return "clockState." + name();
    }
}
