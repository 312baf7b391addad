package org.recordswatch.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bates range stamped by the producing agency ("MVD-000101" to "MVD-000140"). Parsed from what a user types:
 * one number, or two separated by a dash, "to", "–" or "-".
 */
public record BatesRange(String start, String end) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,62}");
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(\\S+?)\\s*(?:(?:\\s+-\\s+|\\s*–\\s*|\\s*—\\s*|\\s+to\\s+|\\s+a\\s+|\\.\\.)\\s*(\\S+))?\\s*");

    public BatesRange {
        if (start == null || !NUMBER.matcher(start).matches() || (end != null && !NUMBER.matcher(end).matches())) {
            throw new IllegalArgumentException("Not a Bates number: " + start + (end == null ? "" : " / " + end));
        }
    }

    /** Empty for blank input; throws IllegalArgumentException for input that is not a Bates number or range. */
    public static Optional<BatesRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Bates range: " + text);
        }
        return Optional.of(new BatesRange(m.group(1), m.group(2)));
    }
}
