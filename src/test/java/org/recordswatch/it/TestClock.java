package org.recordswatch.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only replacement of the application's clock: an in-container test that adds this class to its deployment
 * says what day it is ({@link #set(LocalDate)}), so that deadlines, "overdue" and reminders can be tested on fixed
 * dates. Without a date set, it is the system clock.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    private static volatile Instant fixed;

    /** The clock every bean injects while this alternative is deployed. */
    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f == null ? Instant.now() : f;
        }
    };

    @Produces
    @Dependent
    Clock clock() {
        return CLOCK;
    }

    /** From now on it is noon (UTC) of this day. */
    public static void set(LocalDate day) {
        fixed = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public static void reset() {
        fixed = null;
    }
}
