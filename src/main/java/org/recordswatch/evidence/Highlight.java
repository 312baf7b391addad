package org.recordswatch.evidence;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet of a message around the first search hit, cut into plain and highlighted segments. Pages render each
 * segment escaped (a highlighted one inside a styled element), so text from documents never becomes markup.
 */
public final class Highlight {

    /** One piece of the snippet; {@code hit} when it matched a search term. */
    public record Segment(String text, boolean hit) implements Serializable {
    }

    private Highlight() {
    }

    /** The segments of a window of about {@code width} characters around the first hit (the start when none). */
    public static List<Segment> snippet(String text, List<String> terms, int width) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Pattern p = pattern(terms);
        int start = 0;
        if (p != null) {
            Matcher first = p.matcher(text);
            if (first.find()) {
                start = Math.max(0, first.start() - width / 3);
            }
        }
        int end = Math.min(text.length(), start + width);
        String window = (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ")
                + (end < text.length() ? "…" : "");
        if (p == null) {
            out.add(new Segment(window, false));
            return out;
        }
        Matcher m = p.matcher(window);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(window.substring(at, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < window.length()) {
            out.add(new Segment(window.substring(at), false));
        }
        return out;
    }

    private static Pattern pattern(List<String> terms) {
        List<String> parts = new ArrayList<>();
        for (String t : terms) {
            String folded = Normalizer.normalize(t, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
            if (!folded.isEmpty()) {
                parts.add(Pattern.quote(folded).replace(" ", "\\E\\s+\\Q") + (folded.contains(" ") ? "" : "\\w*"));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|", parts) + ")");
    }
}
