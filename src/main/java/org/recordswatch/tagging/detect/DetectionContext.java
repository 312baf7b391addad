package org.recordswatch.tagging.detect;

import java.util.Map;
import java.util.Set;

/**
 * What the engine knows beyond the text being read: named sets of values that never count as a data subject's,
 * such as {@code staff_phones} (numbers seen in the signatures of the correspondents of the batch).
 */
public record DetectionContext(Map<String, Set<String>> valueSets) {

    public static final String STAFF_PHONES = "staff_phones";

    public DetectionContext {
        valueSets = valueSets == null ? Map.of() : Map.copyOf(valueSets);
    }

    public static DetectionContext empty() {
        return new DetectionContext(Map.of());
    }

    /** Whether a value belongs to a named set; values with five digits or more compare by their digits. */
    public boolean contains(String setName, String value) {
        Set<String> set = valueSets.get(setName);
        return set != null && set.contains(key(value));
    }

    /** The comparison key of a value: its digits when it has five or more, else its lower-case trimmed text. */
    public static String key(String value) {
        String digits = value.replaceAll("\\D", "");
        if (digits.length() >= 5) {
            return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
        }
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
