package org.recordswatch.tagging.detect;

import java.util.Locale;

/** The stretch of text a context rule looks at, relative to a match. */
public enum ContextScope {
    /** The sentence holding the match. */
    SENTENCE,
    /** The line holding the match. */
    LINE,
    /** The whole text (message body or attachment). */
    TEXT,
    /** Up to {@code chars} characters before the match, within its sentence. */
    BEFORE,
    /** Up to {@code chars} characters after the match, within its sentence. */
    AFTER,
    /** Up to {@code chars} characters on either side of the match, within its sentence. */
    AROUND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContextScope fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
