package org.recordswatch.law;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One clock of one request as the engine read it: the clock's identity, the date of the event that started it, the
 * deadline with its explanation (null for a clock whose date the agency has not stated, or that counts from a clock
 * without a date), where it stands and since when.
 */
public record ClockReading(String code, String name, ClockKind kind, boolean deemedDenial, String citation,
        boolean uncertain, ClockEvent startedBy, LocalDate startedOn, Deadline deadline, ClockState state,
        LocalDate endedOn) {

    public LocalDate due() {
        return deadline == null ? null : deadline.due();
    }

    public boolean isOpen() {
        return state == ClockState.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && deadline != null && today.isAfter(deadline.due());
    }

    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(deadline.due(), today) : 0;
    }

    /** Met, but after the deadline. */
    public boolean metLate() {
        return state == ClockState.MET && deadline != null && endedOn != null && endedOn.isAfter(deadline.due());
    }
}
