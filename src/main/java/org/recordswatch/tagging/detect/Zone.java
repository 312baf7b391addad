package org.recordswatch.tagging.detect;

import java.util.Locale;

/** Where a detector's match is not taken as a statement about a data subject, when the detector says so. */
public enum Zone {
    /** Inside the author's signature block or a notice. */
    SIGNATURE,
    /** Inside a question. */
    QUESTION,
    /** Inside a request or an offer ({@code could you send}, {@code let me know if you need}). */
    REQUEST,
    /** After a negation in the same clause ({@code no vehicles are registered}). */
    NEGATED,
    /** After a hedge in the same sentence ({@code may be}, {@code whether}). */
    HEDGED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Zone fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
