package org.recordswatch.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a request, on a date, as the clocks see it. {@code statedDate} is the date an agency
 * named in its answer (the estimated date of an acknowledgement, the date certain of an extension), or null.
 */
public record Occurrence(ClockEvent event, LocalDate on, LocalDate statedDate) {

    public Occurrence {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(on, "on");
    }

    public static Occurrence of(ClockEvent event, LocalDate on) {
        return new Occurrence(event, on, null);
    }
}
