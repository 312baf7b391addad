package org.recordswatch.law;

import java.time.LocalDate;
import java.util.Objects;

/** A day off in a calendar: the day it is observed, its name, and the day it actually falls on. */
public record Holiday(LocalDate date, String name, LocalDate actualDate) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actualDate, "actualDate");
    }

    /** True when the holiday is observed on another day than the one it falls on. */
    public boolean observedOnAnotherDay() {
        return !date.equals(actualDate);
    }
}
