package org.recordswatch.tagging.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How list-valued columns are stored: one entry per line, or comma separated for short codes. */
final class TextLists {

    private TextLists() {
    }

    /** Entries of a text, one per line, stripped, blanks dropped; null for none. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The entries joined one per line, or null when there are none. */
    static String joinLines(Collection<String> values) {
        List<String> kept = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                kept.addAll(lines(v));
            }
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    static Set<String> codes(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String s : text.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    static String joinCodes(Collection<String> values) {
        return values == null ? "" : String.join(",", new java.util.TreeSet<>(values));
    }
}
