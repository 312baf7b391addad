package org.recordswatch.communication.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a printed or quoted e-mail header ({@code From:}, {@code Sent:}, {@code Para:}, {@code Betreff:}
 * ...), in the languages of common mail clients, recognised despite OCR noise.
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>a label is up to 25 letters (with spaces) at the start of a line, followed by {@code :} or, as OCR often reads
 * it, {@code ;}; a space before the colon is allowed (French typography);</li>
 * <li>the label is compared after removing accents and case, and after repairing OCR confusions ({@code rn} read for
 * {@code m}, {@code 0} for {@code o}, {@code 1 | !} for {@code l});</li>
 * <li>labels of 4 letters or more also match at edit distance 1 ({@code Subiect}, {@code Frorn} after repair), labels
 * of 8 or more at distance 2; shorter labels must match exactly;</li>
 * <li>some labels are {@linkplain #weak() weak}: a common word in one language and a header label in another ({@code
 * A}, {@code An}, {@code Da}, {@code Data}, {@code Till}); they only count inside a header that another label
 * started.</li>
 * </ul>
 */
public enum HeaderLabel {
    FROM,
    SENT,
    TO,
    CC,
    BCC,
    SUBJECT,
    ATTACHMENTS,
    REPLY_TO,
    /** Other fields mail clients print inside a header block (importance, sensitivity, categories...). */
    OTHER;

    /** A line read as {@code label: value}. */
    public record Labeled(HeaderLabel label, String rawLabel, String value, boolean weak, boolean fuzzy) {
    }

    private static final Map<String, HeaderLabel> VOCABULARY = new HashMap<>();
    private static final Set<String> WEAK = Set.of("a", "an", "da", "data", "till", "til", "per", "aan", "para",
            "date", "fecha", "re", "cc");
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*([\\p{L}][\\p{L}0-9 .'’|!-]{0,24}?)\\s*[:;]\\s?(.*)$");

    static {
        put(FROM, "from", "de", "von", "van", "da", "fra", "fran", "od", "expediteur", "remitente", "mittente",
                "afzender", "absender", "sender", "from name");
        put(SENT, "sent", "date", "enviado", "enviado el", "enviada em", "enviado em", "fecha", "gesendet", "datum",
                "envoye", "envoye le", "inviato", "data", "verzonden", "skickat", "sendt", "sent date", "date sent",
                "sent on", "received", "delivered");
        put(TO, "to", "para", "a", "an", "aan", "till", "til", "per", "destinatario", "destinatarios", "destinataire",
                "destinataires", "empfanger", "recipients", "recipient");
        put(CC, "cc", "copia", "kopie", "kopia", "copie", "con copia", "cc recipients");
        put(BCC, "bcc", "cco", "ccn", "bcc recipients", "copia oculta");
        put(SUBJECT, "subject", "asunto", "betreff", "objet", "oggetto", "onderwerp", "amne", "emne", "assunto",
                "re", "tema", "subj");
        put(ATTACHMENTS, "attachments", "attachment", "attached", "datos adjuntos", "adjuntos", "adjunto", "anexos",
                "anlagen", "anhange", "pieces jointes", "allegati", "bijlagen", "bilagor");
        put(REPLY_TO, "reply to", "reply-to", "responder a");
        put(OTHER, "importance", "importancia", "wichtigkeit", "importanza", "priorite", "prioridad", "priority",
                "sensitivity", "categories", "follow up flag", "flag status", "signed by", "conversation",
                "confidencialidad", "vertraulichkeit", "mailed by", "security");
    }

    private static void put(HeaderLabel label, String... words) {
        for (String w : words) {
            VOCABULARY.put(w, label);
        }
    }

    private static final Pattern INLINE_LABEL = Pattern.compile(
            "\\s(From|Sent|Date|To|Cc|CC|Bcc|Subject|De|Enviado el|Enviado|Fecha|Para|Asunto|Von|Gesendet|An|Betreff|"
                    + "Envoyé|À|Objet|Attachments)\\s?:\\s");

    /**
     * Splits a header flattened onto one line ({@code From: X Sent: Y To: Z Subject: W}, as some HTML-to-text
     * conversions leave quoted headers) into one line per label. Only lines that start with a sender label and hold a
     * capitalised date label later are split; other lines come back unchanged.
     */
    public static List<String> unflatten(String line) {
        Optional<Labeled> first = read(line);
        if (first.isEmpty() || first.get().label() != FROM) {
            return List.of(line);
        }
        Matcher m = INLINE_LABEL.matcher(line);
        List<Integer> cuts = new ArrayList<>();
        boolean date = false;
        while (m.find()) {
            cuts.add(m.start() + 1);
            HeaderLabel l = VOCABULARY.get(normalize(m.group(1)));
            date |= l == SENT;
        }
        if (!date) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            out.add(line.substring(from, c).stripTrailing());
            from = c;
        }
        out.add(line.substring(from));
        return out;
    }

    /** Whether this label kind may only continue a header another label started. */
    public static boolean weak(String normalizedLabel) {
        return WEAK.contains(normalizedLabel);
    }

    /** Reads a line as {@code label: value} when its label is a known header label. */
    public static Optional<Labeled> read(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String raw = m.group(1).strip();
        String key = normalize(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        HeaderLabel exact = VOCABULARY.get(key);
        if (exact == null) {
            exact = VOCABULARY.get(key.replace(" ", ""));
        }
        if (exact != null) {
            return Optional.of(new Labeled(exact, raw, m.group(2).strip(), WEAK.contains(key), false));
        }
        String compact = key.replace(" ", "");
        if (compact.length() < 4) {
            return Optional.empty();
        }
        HeaderLabel found = null;
        for (Map.Entry<String, HeaderLabel> e : VOCABULARY.entrySet()) {
            String word = e.getKey().replace(" ", "");
            if (word.length() < 4 || WEAK.contains(e.getKey())) {
                continue;
            }
            int allowed = word.length() >= 8 ? 2 : 1;
            if (Math.abs(word.length() - compact.length()) <= allowed && distance(word, compact) <= allowed) {
                if (found != null && found != e.getValue()) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return found == null ? Optional.empty()
                : Optional.of(new Labeled(found, raw, m.group(2).strip(), false, true));
    }

    static String normalize(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("rn", "m").replace('0', 'o').replace('1', 'l').replace('|', 'l').replace('!', 'l');
        s = s.replaceAll("[^a-z -]", "").replace('-', ' ').replaceAll("\\s+", " ").strip();
        return s;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
