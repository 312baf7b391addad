package org.recordswatch.tagging.detect;

import java.util.Locale;

/** How a detector reads a message. */
public enum DetectorType {
    /** A regular expression over the folded text (accents removed); a named group {@code value} marks the excerpt. */
    PATTERN,
    /** A list of words or phrases, matched whole-word, case and accent insensitive, any white space between words. */
    KEYWORDS,
    /** The name or media type of an attachment the message carried (a photograph, say), not its text. */
    ATTACHMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DetectorType fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
