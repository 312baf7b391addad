package org.recordswatch.tagging.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the zones of a message body that belong to its author's signature or to a notice rather than to what the
 * message says: the trailing signature block, office contact lines anywhere, and confidentiality or classification
 * notices. Categories found there never count (office phones and addresses are not data subjects').
 *
 * <p>The trailing block is read bottom-up: contact lines, e-mail or web addresses, job titles, organisation lines,
 * office addresses and name lines belong to it; a closing line ({@code Thanks,}) or the sender's name ends it; any
 * other line ends it without being part of it. A block made only of name lines or phone lines is not a signature.
 */
final class SignatureFinder {

    private static final Pattern EMAIL_ONLY = Pattern.compile("^\\s*(?:mailto:)?[\\w.'+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*$");
    private static final Pattern URL_ONLY = Pattern.compile("^\\s*(?:https?://|www\\.)\\S+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEAK_CONTACT = Pattern.compile(
            "^\\s*(?:phone|ph|cell|cellular|mobile|mob|tel|telephone|telefono|celular|movil|c|m|p|t)\\s*[.:#]?\\s*"
                    + "[(+\\d\\[]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PIPE_CONTACTS = Pattern.compile("\\d.*\\|.*(?:\\d|\\[)");
    private static final Pattern PO_BOX = Pattern.compile("\\bP\\.?\\s*O\\.?\\s*Box\\b|\\bApartado\\s+Postal\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CITY_STATE_ZIP = Pattern.compile(
            "\\b[A-Z][a-zA-Z .'-]+,\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b");
    private static final Pattern ADDRESS_LINE_START = Pattern.compile(
            "\\s*(?:\\d|P\\.?\\s*O|[A-Z][a-zA-Z .'-]+,\\s*[A-Z]{2}\\s+\\d{5})");
    private static final Pattern SENTENCE_END = Pattern.compile("\\b[a-z]{2,}[.!?]\\s*$");
    private static final Pattern COMMON_REPLIES = Pattern.compile(
            "(?i)(?:yes|no|ok|okay|sure|done|noted|copy|perfect|great|understood|received|correct|agreed|si|claro)\\W*");
    private static final Pattern NAME_TOKEN = Pattern.compile(
            "(?:[A-Z][a-zA-Z'-]*\\.?|[A-Z]\\.|de|del|la|los|van|von|y)");
    private static final Pattern SENT_FROM = Pattern.compile(
            "^\\s*(?:Sent from my|Enviado desde mi|Get Outlook for|Sent via)\\b.*$", Pattern.CASE_INSENSITIVE);

    private SignatureFinder() {
    }

    private enum Kind { BLANK, CLOSING, SENDER_NAME, NAME, ADDRESS, STRONG, WEAK_CONTACT, OTHER }

    static List<int[]> zones(String f, Cues cues, String senderName, String hint) {
        List<int[]> lines = lines(f);
        List<int[]> zones = new ArrayList<>();
        boolean[] notice = noticeLines(f, lines, cues);
        for (int i = 0; i < lines.size(); i++) {
            String l = text(f, lines.get(i));
            if (notice[i] || cues.starts(CueKind.SIGNATURE_CONTACT, l) || PIPE_CONTACTS.matcher(l).find()
                    && cues.find(CueKind.SIGNATURE_CONTACT, l)) {
                zones.add(lines.get(i).clone());
            }
        }
        List<String> nameParts = nameParts(senderName);
        int start = trailingStart(f, lines, notice, cues, nameParts);
        if (hint != null && !hint.isBlank()) {
            String h = FoldedText.fold(hint.strip());
            int at = f.lastIndexOf(h);
            if (at >= 0 && f.substring(at + h.length()).isBlank()) {
                start = Math.min(start, at);
            }
        }
        if (start < f.length()) {
            zones.add(new int[] {start, f.length()});
        }
        return zones;
    }

    private static int trailingStart(String f, List<int[]> lines, boolean[] notice, Cues cues,
            List<String> nameParts) {
        int end = lines.size() - 1;
        while (end >= 0 && (text(f, lines.get(end)).isBlank() || notice[end])) {
            end--;
        }
        if (end < 0) {
            return f.length();
        }
        int start = -1;
        boolean evidence = false;
        boolean nameSeen = false;
        for (int i = end; i >= 0; i--) {
            String l = text(f, lines.get(i));
            Kind kind = classify(l, cues, nameParts, notice[i]);
            if (nameSeen) {
                if (kind == Kind.BLANK) {
                    continue;
                }
                if (kind == Kind.CLOSING) {
                    start = i;
                    break;
                }
                if ((kind == Kind.NAME || kind == Kind.SENDER_NAME) && l.strip().length() <= 12
                        && !l.strip().contains(" ")) {
                    start = i;
                    continue;
                }
                break;
            }
            if (kind == Kind.BLANK) {
                continue;
            }
            if (kind == Kind.CLOSING) {
                start = i;
                evidence = true;
                break;
            }
            if (kind == Kind.SENDER_NAME) {
                start = i;
                evidence = true;
                nameSeen = true;
                continue;
            }
            if (kind == Kind.STRONG) {
                start = i;
                evidence = true;
                continue;
            }
            if (kind == Kind.NAME || kind == Kind.WEAK_CONTACT || kind == Kind.ADDRESS) {
                start = i;
                continue;
            }
            break;
        }
        if (start < 0 || !evidence) {
            return f.length();
        }
        // Drop phone-like lines left at the top of the block: above the name they are what the message says.
        while (start <= end) {
            String l = text(f, lines.get(start));
            if (l.isBlank() || classify(l, cues, nameParts, false) == Kind.WEAK_CONTACT) {
                start++;
            } else {
                break;
            }
        }
        return start > end ? f.length() : lines.get(start)[0];
    }

    private static Kind classify(String line, Cues cues, List<String> nameParts, boolean notice) {
        String l = line.strip();
        if (l.isEmpty()) {
            return Kind.BLANK;
        }
        if (notice || SENT_FROM.matcher(l).matches()) {
            return Kind.STRONG;
        }
        if (cues.whole(CueKind.CLOSING, l)) {
            return Kind.CLOSING;
        }
        if (EMAIL_ONLY.matcher(l).matches() || URL_ONLY.matcher(l).matches()
                || cues.starts(CueKind.SIGNATURE_CONTACT, l) || PO_BOX.matcher(l).find()) {
            return Kind.STRONG;
        }
        if (WEAK_CONTACT.matcher(l).find() && l.length() <= 60) {
            return Kind.WEAK_CONTACT;
        }
        if (isSenderName(l, nameParts)) {
            return Kind.SENDER_NAME;
        }
        boolean shortLine = l.length() <= 100 && !l.matches(".*[.!?]\\s+\\p{Lu}.*") && !SENTENCE_END.matcher(l).find()
                && l.split("\\s+").length <= 12;
        if (shortLine && (cues.find(CueKind.SIGNATURE_TITLE, l) || cues.find(CueKind.SIGNATURE_ORGANISATION, l))) {
            return Kind.STRONG;
        }
        if (l.length() <= 80 && CITY_STATE_ZIP.matcher(l).find() && !l.contains(":")
                && ADDRESS_LINE_START.matcher(l).lookingAt()) {
            return Kind.ADDRESS;
        }
        if (isNameLike(l)) {
            return Kind.NAME;
        }
        return Kind.OTHER;
    }

    private static boolean isNameLike(String l) {
        if (l.length() > 40 || l.matches(".*\\d.*")) {
            return false;
        }
        if (l.matches(".*[A-Za-z]{3,}[.!?]$") || COMMON_REPLIES.matcher(l).matches()) {
            return false;
        }
        String[] tokens = l.replaceAll("[,.]$", "").split("\\s+");
        if (tokens.length > 5) {
            return false;
        }
        for (String t : tokens) {
            if (!NAME_TOKEN.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSenderName(String l, List<String> nameParts) {
        if (nameParts.isEmpty() || l.length() > 60) {
            return false;
        }
        String lower = l.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip();
        if (lower.isEmpty()) {
            return false;
        }
        String[] tokens = lower.split("\\s+");
        if (tokens.length > 5) {
            return false;
        }
        int matched = 0;
        for (String t : tokens) {
            for (String part : nameParts) {
                if (t.equals(part) || t.length() >= 3 && part.startsWith(t)) {
                    matched++;
                    break;
                }
            }
        }
        return matched >= 1 && matched * 2 >= tokens.length;
    }

    static List<String> nameParts(String senderName) {
        List<String> parts = new ArrayList<>();
        if (senderName == null) {
            return parts;
        }
        String n = FoldedText.fold(senderName).replaceAll("\\(.*?\\)", " ").replaceAll("<.*?>", " ");
        for (String t : n.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").split("\\s+")) {
            if (t.length() >= 2) {
                parts.add(t);
            }
        }
        return parts;
    }

    /** Lines belonging to a notice: from a disclaimer cue to the end of its paragraph. */
    private static boolean[] noticeLines(String f, List<int[]> lines, Cues cues) {
        boolean[] notice = new boolean[lines.size()];
        boolean in = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = text(f, lines.get(i));
            if (l.isBlank()) {
                in = false;
                continue;
            }
            if (!in && cues.starts(CueKind.DISCLAIMER, l)) {
                in = true;
            }
            notice[i] = in;
        }
        return notice;
    }

    private static List<int[]> lines(String f) {
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= f.length()) {
            int nl = f.indexOf('\n', pos);
            int end = nl < 0 ? f.length() : nl;
            lines.add(new int[] {pos, end});
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    private static String text(String f, int[] line) {
        return f.substring(line[0], line[1]);
    }
}
