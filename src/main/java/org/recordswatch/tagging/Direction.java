package org.recordswatch.tagging;

import java.util.Locale;

/** The direction of a message, from the sides of its sender and recipients (taxonomy.json {@code directions}). */
public enum Direction {
    /** Sent by state staff to at least one federal recipient. */
    STATE_TO_FEDERAL,
    /** Sent by a federal sender to state staff. */
    FEDERAL_TO_STATE,
    /** Only state staff on the message. */
    INTERNAL,
    /** Anything else (local or other parties, unknown sides). */
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
