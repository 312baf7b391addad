package org.recordswatch.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a law, its holiday calendar and what has happened to a request into the request's deadlines. Plain Java: no
 * container, no database, no clock (the caller says what "today" is where it matters).
 *
 * <p>For each clock of the law, in order:
 * <ol>
 *   <li>It starts at the <em>last</em> occurrence of its start event (a second extension restarts the extension
 *       clock); a clock whose event has not happened is not reported.</li>
 *   <li>It counts from that event's date, or from the deadline of an earlier clock ({@code countFrom}: "14 more days"
 *       are added to the first period). A request received on a non-business day counts from the next business day
 *       when the law says so.</li>
 *   <li>Its deadline is counted in business or calendar days (see {@link WorkingCalendar}), or is the date the
 *       agency stated when the clock has no length.</li>
 *   <li>It is met by the first later event in its {@code metBy} set, superseded by the first later event in its
 *       {@code supersededBy} set, stopped by a withdrawal or closure, whichever comes first; otherwise open.</li>
 * </ol>
 */
public final class DeadlineEngine {

    private DeadlineEngine() {
    }

    public static List<ClockReading> evaluate(Law law, Holidays holidays, List<Occurrence> occurrences) {
        Objects.requireNonNull(law, "law");
        WorkingCalendar calendar = new WorkingCalendar(holidays == null ? Holidays.NONE : holidays);
        Map<String, ClockReading> readings = new LinkedHashMap<>();
        for (StatutoryClock clock : law.getClocks()) {
            int start = lastIndexOf(occurrences, clock.getStartsOn());
            if (start < 0) {
                continue;
            }
            Occurrence started = occurrences.get(start);
            Deadline deadline = deadline(law, clock, started, calendar, readings);
            ClockState state = ClockState.OPEN;
            LocalDate endedOn = null;
            Set<ClockEvent> metBy = clock.getMetBy();
            Set<ClockEvent> supersededBy = clock.getSupersededBy();
            for (int i = start + 1; i < occurrences.size(); i++) {
                ClockEvent e = occurrences.get(i).event();
                if (metBy.contains(e)) {
                    state = ClockState.MET;
                } else if (supersededBy.contains(e)) {
                    state = ClockState.SUPERSEDED;
                } else if (ClockEvent.STOPS_ALL.contains(e)) {
                    state = ClockState.STOPPED;
                } else {
                    continue;
                }
                endedOn = occurrences.get(i).on();
                break;
            }
            readings.put(clock.getCode(), new ClockReading(clock.getCode(), clock.getName(), clock.getKind(),
                    clock.isDeemedDenial(), clock.getCitation(), clock.isUncertain(), clock.getStartsOn(),
                    started.on(), deadline, state, endedOn));
        }
        return List.copyOf(readings.values());
    }

    private static Deadline deadline(Law law, StatutoryClock clock, Occurrence started, WorkingCalendar calendar,
            Map<String, ClockReading> earlier) {
        if (clock.isStatedByAgency()) {
            return started.statedDate() == null ? null : Deadline.stated(started.on(), started.statedDate());
        }
        LocalDate base;
        if (clock.getCountFrom() != null) {
            ClockReading from = earlier.get(clock.getCountFrom());
            if (from == null || from.due() == null) {
                return null;
            }
            base = from.due();
        } else {
            base = started.on();
            if (clock.getStartsOn() == ClockEvent.RECEIVED && law.getReceiptRule() == ReceiptRule.NEXT_BUSINESS_DAY) {
                base = calendar.nextBusinessDayOnOrAfter(base, new ArrayList<>());
            }
        }
        return calendar.count(base, clock.getLength(), clock.getUnit(), clock.getRoll());
    }

    private static int lastIndexOf(List<Occurrence> occurrences, ClockEvent event) {
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            if (occurrences.get(i).event() == event) {
                return i;
            }
        }
        return -1;
    }

    /** The earliest deadline among open clocks, if any has a date. */
    public static Optional<ClockReading> next(List<ClockReading> readings) {
        return readings.stream().filter(r -> r.isOpen() && r.due() != null)
                .min(Comparator.comparing(ClockReading::due));
    }

    /**
     * The day a request becomes deemed denied: the day after the earliest deadline of an open clock whose missing
     * means denial. Empty when no such clock is running.
     */
    public static Optional<LocalDate> deemedDenialOn(List<ClockReading> readings) {
        return readings.stream().filter(r -> r.isOpen() && r.deemedDenial() && r.due() != null)
                .map(r -> r.due().plusDays(1)).min(Comparator.naturalOrder());
    }
}
