package org.recordswatch.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User search text turned into a MariaDB boolean-mode FULLTEXT expression in which every word is required and
 * {@code "quoted phrases"} stay phrases; the operators of the boolean syntax typed by a user are dropped, never
 * interpreted. Also the words to highlight.
 */
public final class FullText {

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|([\\p{L}\\p{N}][\\p{L}\\p{N}_']*)");

    private FullText() {
    }

    /** The boolean-mode expression, or empty when the text has no searchable word. */
    public static String booleanMode(String text) {
        StringBuilder sb = new StringBuilder();
        for (String term : terms(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(term.contains(" ") ? "+\"" + term + "\"" : "+" + term + "*");
        }
        return sb.toString();
    }

    /** The words and phrases of the text, lower-cased, operators removed. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                String phrase = m.group(1).replaceAll("[^\\p{L}\\p{N}\\s']", " ").replaceAll("\\s+", " ").strip();
                if (!phrase.isEmpty()) {
                    out.add(phrase.toLowerCase(Locale.ROOT));
                }
            } else {
                out.add(m.group(2).replace("'", "").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
