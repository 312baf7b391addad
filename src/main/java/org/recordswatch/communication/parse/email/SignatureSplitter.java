package org.recordswatch.communication.parse.email;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recordswatch.communication.parse.Party;

/**
 * Finds the signature block at the end of a message's own text, so that office phones and addresses in it can be told
 * apart from data the message conveys.
 *
 * <p>Rules, each covered by a test, tried in this order within the last 15 non-blank lines:
 * <ul>
 * <li>the standard delimiter line {@code -- };</li>
 * <li>the last line that is the sender's full name (first and last name, middle initials ignored, either order);</li>
 * <li>a mobile signature ({@code Sent from my iPhone}, {@code Enviado desde mi ...}, {@code Get Outlook for ...}).</li>
 * </ul>
 * Without any of these, no signature is reported: a guess would hide the message's real content.
 */
public final class SignatureSplitter {

    private static final int WINDOW = 15;
    private static final Pattern MOBILE = Pattern.compile(
            "^(sent from my|enviado desde mi|enviado de mi|envoye de mon|von meinem .* gesendet|get outlook for|"
                    + "sent from outlook|sent via|inviato da)\\b.*", Pattern.CASE_INSENSITIVE);

    private SignatureSplitter() {
    }

    /** The signature suffix of {@code ownText}, or {@code ""}. */
    public static String signature(String ownText, Party sender) {
        List<String> lines = QuoteSplitter.lines(ownText);
        int nonBlank = 0;
        int windowStart = lines.size();
        for (int i = lines.size() - 1; i >= 0 && nonBlank < WINDOW; i--) {
            if (!lines.get(i).isBlank()) {
                nonBlank++;
                windowStart = i;
            }
        }
        for (int i = windowStart; i < lines.size(); i++) {
            if (lines.get(i).equals("-- ") || lines.get(i).strip().equals("--")) {
                return QuoteSplitter.join(lines, i, lines.size()).strip();
            }
        }
        String senderKey = sender == null ? "" : tokens(sender.name());
        if (!senderKey.isEmpty() && senderKey.contains(" ")) {
            for (int i = lines.size() - 1; i >= windowStart; i--) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && line.length() <= 60 && sameName(tokens(line), senderKey)) {
                    return QuoteSplitter.join(lines, i, lines.size()).strip();
                }
            }
        }
        for (int i = windowStart; i < lines.size(); i++) {
            if (MOBILE.matcher(lines.get(i).strip()).matches()) {
                return QuoteSplitter.join(lines, i, lines.size()).strip();
            }
        }
        return "";
    }

    private static boolean sameName(String line, String sender) {
        if (line.isEmpty()) {
            return false;
        }
        String[] l = line.split(" ");
        String[] s = sender.split(" ");
        if (l.length < 2 || l.length > 4) {
            return false;
        }
        String lf = l[0] + " " + l[l.length - 1];
        String sf = s[0] + " " + s[s.length - 1];
        String sr = s[s.length - 1] + " " + s[0];
        return lf.equals(sf) || lf.equals(sr);
    }

    private static String tokens(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(Party.normalizeName(name) == null ? "" : Party.normalizeName(name),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("\\b[a-z]\\.?(?=\\s|$)", " ");
        return n.replaceAll("[^a-z' -]", " ").replaceAll("\\s+", " ").strip();
    }
}
