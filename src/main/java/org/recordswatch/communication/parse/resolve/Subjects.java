package org.recordswatch.communication.parse.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Subject lines reduced for comparison: reply and forward prefixes in several languages ({@code RE:}, {@code FW:},
 * {@code Fwd:}, {@code AW:}, {@code WG:}, {@code RV:}, {@code TR:}, {@code SV:}, {@code VS:}, {@code Antw:},
 * {@code RES:}, {@code ENC:}, also numbered {@code RE[2]:}), leading tags such as {@code [EXTERNAL]} or {@code EXTERNAL:}, case,
 * accents and spacing removed.
 */
public final class Subjects {

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|vs|antw|odp|res|enc|rif)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*:\\s*"
                    + "|\\[[^\\]]{1,30}]\\s*|\\*{1,3}[a-z ]{3,20}\\*{1,3}\\s*|external\\s*(?:email|sender)?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private Subjects() {
    }

    public static String normalize(String subject) {
        if (subject == null) {
            return "";
        }
        String s = Normalizer.normalize(subject, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = PREFIX.matcher(s).replaceFirst("");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
