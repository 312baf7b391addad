package org.recordswatch.law;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to a request, as far as clocks care: a clock starts on one of these and is met or superseded by
 * others. The request workflow maps each of its transitions onto one of them (a submission is {@link #RECEIVED}).
 */
public enum ClockEvent {
    RECEIVED,
    ACKNOWLEDGED,
    EXTENDED,
    PARTIALLY_FULFILLED,
    FULFILLED,
    DENIED,
    NO_RECORDS,
    WITHDRAWN,
    APPEALED,
    IN_LITIGATION,
    CLOSED;

    /** Every answer an agency can give. */
    public static final Set<ClockEvent> ANY_RESPONSE = EnumSet.of(ACKNOWLEDGED, EXTENDED, PARTIALLY_FULFILLED,
            FULFILLED, DENIED, NO_RECORDS);

    /** Answers that decide the request (records given, denied, or none exist). */
    public static final Set<ClockEvent> DETERMINATION = EnumSet.of(PARTIALLY_FULFILLED, FULFILLED, DENIED,
            NO_RECORDS);

    /** Answers that complete it. */
    public static final Set<ClockEvent> COMPLETION = EnumSet.of(FULFILLED, DENIED, NO_RECORDS);

    /** Events that stop every clock of a request. */
    public static final Set<ClockEvent> STOPS_ALL = EnumSet.of(WITHDRAWN, CLOSED);

    public String labelKey() {
        return "clockEvent." + name();
    }
}
