package org.recordswatch.law;

import java.time.LocalDate;
import java.util.Optional;

/** The holidays of a jurisdiction, as the deadline engine sees them. */
@FunctionalInterface
public interface Holidays {

    /** No holidays at all: only weekends are skipped. */
    Holidays NONE = date -> Optional.empty();

    /** The holiday observed on this date, if any. */
    Optional<Holiday> on(LocalDate date);
}
