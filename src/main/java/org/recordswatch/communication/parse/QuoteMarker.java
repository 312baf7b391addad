package org.recordswatch.communication.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that introduce quoted history or an inline-forwarded message, after the separators of mailgun/talon and
 * crisp-oss/email-forward-parser, in the languages of common clients.
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>Outlook's {@code -----Original Message-----} and its translations ({@code Mensaje original}, {@code Message
 * d'origine}, {@code Ursprüngliche Nachricht} ...), with any number of dashes;</li>
 * <li>forward separators: {@code ---------- Forwarded message ---------}, {@code Begin forwarded message:},
 * {@code Mensaje reenviado}, {@code Message transféré}, {@code Weitergeleitete Nachricht} ...;</li>
 * <li>Outlook 365's rule of underscores ({@code ____}, ten or more) when a header label follows within three lines;</li>
 * <li>attribution lines: {@code On <date>, <name> wrote:} and {@code El ... escribió:}, {@code Le ... a écrit :},
 * {@code Am ... schrieb ...:}, {@code Il ... ha scritto:}, {@code Em ... escreveu:}, {@code Op ... schreef ...:},
 * also wrapped over two lines; a sentence merely containing "wrote" is not one;</li>
 * <li>a run of lines starting with {@code >} (at least two of the next three non-blank lines).</li>
 * </ul>
 */
public final class QuoteMarker {

    /** What kind of marker starts at a line. */
    public enum Kind {
        ORIGINAL_MESSAGE,
        FORWARD,
        RULE,
        ATTRIBUTION,
        QUOTE_PREFIX
    }

    private static final Pattern ORIGINAL = Pattern.compile(
            "^\\s*-{2,}\\s*(original message|mensaje original|message d'origine|message original|"
                    + "ursprungliche nachricht|messaggio originale|oorspronkelijk bericht|mensagem original|"
                    + "ursprungligt meddelande|opprinnelig melding|oprindelig meddelelse)\\s*-{2,}\\s*$");
    private static final Pattern FORWARD = Pattern.compile(
            "^\\s*(-{2,}\\s*(forwarded message|mensaje reenviado|message transfere|weitergeleitete nachricht|"
                    + "messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|videresendt melding|"
                    + "vidarebefordrat meddelande|forwarded by .*)\\s*-*\\s*|"
                    + "(begin forwarded message|inicio del mensaje reenviado|debut du message reexpedie|"
                    + "anfang der weitergeleiteten nachricht|inizio messaggio inoltrato|"
                    + "inicio da mensagem reencaminhada)\\s*:?\\s*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(on|el|le|am|il|em|op|den|pa|w dniu)\\s.{4,300}?\\b(wrote|escribio|a ecrit|schrieb|ha scritto|"
                    + "escreveu|schreef|skrev|napisal|написал)\\b[^:]{0,80}:\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*(on|el|le|am|il|em|op|den)\\s.*\\d.*");

    private QuoteMarker() {
    }

    /** The marker starting at line {@code i}, or {@code null}. */
    public static Kind at(List<String> lines, int i) {
        String line = lines.get(i);
        String n = fold(line);
        if (ORIGINAL.matcher(n).matches()) {
            return Kind.ORIGINAL_MESSAGE;
        }
        if (FORWARD.matcher(n).matches()) {
            return Kind.FORWARD;
        }
        if (RULE.matcher(n).matches()) {
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 3; j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                seen++;
                if (HeaderLabel.read(lines.get(j)).isPresent()) {
                    return Kind.RULE;
                }
            }
            return null;
        }
        if (ATTRIBUTION.matcher(n).matches()) {
            return Kind.ATTRIBUTION;
        }
        if (ATTRIBUTION_START.matcher(n).matches() && i + 1 < lines.size()
                && ATTRIBUTION.matcher(n + " " + fold(lines.get(i + 1)).strip()).matches()) {
            return Kind.ATTRIBUTION;
        }
        if (line.stripLeading().startsWith(">")) {
            int quoted = 0;
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < 3; j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                seen++;
                if (lines.get(j).stripLeading().startsWith(">")) {
                    quoted++;
                }
            }
            if (quoted >= Math.min(2, seen) && seen > 0) {
                return Kind.QUOTE_PREFIX;
            }
        }
        return null;
    }

    /** How many lines the marker at {@code i} takes (an attribution can wrap over two). */
    public static int length(List<String> lines, int i, Kind kind) {
        if (kind == Kind.ATTRIBUTION && !ATTRIBUTION.matcher(fold(lines.get(i))).matches()) {
            return 2;
        }
        return kind == Kind.QUOTE_PREFIX ? 0 : 1;
    }

    static String fold(String line) {
        return Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
