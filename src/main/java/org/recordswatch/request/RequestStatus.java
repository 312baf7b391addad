package org.recordswatch.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recordswatch.law.ClockEvent;

/**
 * Where a records request stands. DRAFT → SUBMITTED → ACKNOWLEDGED → EXTENDED → PARTIALLY_FULFILLED → FULFILLED, or
 * DENIED, NO_RECORDS, WITHDRAWN, APPEALED / IN_LITIGATION, CLOSED; {@link #canMoveTo} lists every allowed step.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
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

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = new EnumMap<>(RequestStatus.class);

    /** What an agency answers; a records officer may record these for their own agency. */
    public static final Set<RequestStatus> AGENCY_RESPONSES = Collections.unmodifiableSet(EnumSet.of(ACKNOWLEDGED,
            EXTENDED, PARTIALLY_FULFILLED, FULFILLED, DENIED, NO_RECORDS));

    /** Answers that complete the request. */
    public static final Set<RequestStatus> COMPLETIONS = Collections.unmodifiableSet(EnumSet.of(FULFILLED, DENIED,
            NO_RECORDS));

    static {
        Set<RequestStatus> answer = EnumSet.of(ACKNOWLEDGED, EXTENDED, PARTIALLY_FULFILLED, FULFILLED, DENIED,
                NO_RECORDS, WITHDRAWN, APPEALED, IN_LITIGATION);
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        NEXT.put(SUBMITTED, answer);
        Set<RequestStatus> afterAck = EnumSet.copyOf(answer);
        afterAck.remove(ACKNOWLEDGED);
        NEXT.put(ACKNOWLEDGED, afterAck);
        NEXT.put(EXTENDED, afterAck);
        Set<RequestStatus> afterPartial = EnumSet.copyOf(afterAck);
        afterPartial.add(CLOSED);
        NEXT.put(PARTIALLY_FULFILLED, afterPartial);
        NEXT.put(FULFILLED, EnumSet.of(APPEALED, IN_LITIGATION, CLOSED));
        NEXT.put(DENIED, EnumSet.of(APPEALED, IN_LITIGATION, CLOSED));
        NEXT.put(NO_RECORDS, EnumSet.of(APPEALED, IN_LITIGATION, CLOSED));
        NEXT.put(APPEALED, EnumSet.of(PARTIALLY_FULFILLED, FULFILLED, DENIED, NO_RECORDS, IN_LITIGATION, WITHDRAWN,
                CLOSED));
        NEXT.put(IN_LITIGATION, EnumSet.of(PARTIALLY_FULFILLED, FULFILLED, DENIED, NO_RECORDS, WITHDRAWN, CLOSED));
        NEXT.put(WITHDRAWN, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(RequestStatus.class));
    }

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<RequestStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean isAgencyResponse() {
        return AGENCY_RESPONSES.contains(this);
    }

    /** The clock event this status stands for; a draft has none, a submission is the receipt. */
    public Optional<ClockEvent> event() {
        return switch (this) {
            case DRAFT -> Optional.empty();
            case SUBMITTED -> Optional.of(ClockEvent.RECEIVED);
            default -> Optional.of(ClockEvent.valueOf(name()));
        };
    }

    /** A date the agency states matters for these: an estimated date, a date certain. */
    public boolean takesStatedDate() {
        return this == ACKNOWLEDGED || this == EXTENDED || this == PARTIALLY_FULFILLED;
    }

    public String labelKey() {
        return "status." + name();
    }
}
