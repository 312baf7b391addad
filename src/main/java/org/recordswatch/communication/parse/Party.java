package org.recordswatch.communication.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sender or recipient: display name, e-mail address and, for text messages, a phone number. Any of the three may be
 * missing (print-outs often show recipients by name only; text exports have no address).
 *
 * <p>Display names are normalised when parsed: {@code "Last, First M."} becomes {@code "First M. Last"}, quotes and a
 * trailing organisational suffix in parentheses ({@code "Jane Roe (AGENCY/UNIT FED)"}) are removed. A name the
 * producer redacted ({@code (b)(6)}, {@code [REDACTED ...]}, black boxes) becomes {@value #REDACTED}, so that the
 * header still counts as a header.
 *
 * @param name the normalised display name, or {@code null}
 * @param email the address in lower case, or {@code null}
 * @param phone the phone number as written, or {@code null}
 */
public record Party(String name, String email, String phone) {

    private static final Pattern ANGLE_EMAIL = Pattern.compile("<\\s*(?:mailto:)?([^<>\\s@]+@[^<>\\s]+?)\\s*>");
    private static final Pattern MAILTO_EMAIL = Pattern.compile("\\[\\s*mailto:\\s*([^\\]\\s]+@[^\\]\\s]+)\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_EMAIL = Pattern.compile(
            "(?<![\\w.+-])([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![\\w-])");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** The name given to a party whose name the producing agency redacted. */
    public static final String REDACTED = "[redacted]";
    private static final Pattern REDACTION = Pattern.compile(
            "(?i)\\s*(?:\\(\\s*b\\s*\\)(?:\\s*\\(\\s*[0-9a-z][^)]*\\))+\\s*(?:[,;]\\s*)?)+|\\s*\\[?\\s*redacted[^\\]]*]?\\s*"
                    + "|\\s*[█■▇]+\\s*|\\s*x{4,}\\s*");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{6,}\\d");

    public Party {
        name = blankToNull(name);
        email = blankToNull(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
        phone = blankToNull(phone);
    }

    public static Party of(String name, String email) {
        return new Party(normalizeName(name), email, null);
    }

    public static Party withPhone(String name, String phone) {
        return new Party(normalizeName(name), null, phone);
    }

    /**
     * Parses one party as written in a header: {@code Last, First <a@b.c>}, {@code "First Last" <a@b.c>},
     * {@code First Last [mailto:a@b.c]}, {@code a@b.c (First Last)}, a bare address or a bare name.
     *
     * @return the party, or {@code null} when the text holds neither a name nor an address
     */
    public static Party parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00a0', ' ').strip();
        if (s.isEmpty()) {
            return null;
        }
        String email = null;
        Matcher m = ANGLE_EMAIL.matcher(s);
        if (m.find()) {
            email = m.group(1);
            s = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
        } else if ((m = MAILTO_EMAIL.matcher(s)).find()) {
            email = m.group(1);
            s = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
        } else if ((m = BARE_EMAIL.matcher(s)).find()) {
            email = m.group(1);
            s = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
            s = s.replaceAll("^\\(|\\)$", "").strip();
        }
        if (email != null) {
            email = email.replaceAll("^['\"]+|['\".,;]+$", "");
        }
        String name = REDACTION.matcher(s).matches() ? REDACTED : normalizeName(s);
        if (name != null && email != null && name.equalsIgnoreCase(email)) {
            name = null;
        }
        if (name == null && email == null) {
            return null;
        }
        return new Party(name, email, null);
    }

    /**
     * Parses a list of parties as a header shows them. Semicolons separate entries when present (Outlook); otherwise
     * commas separate entries only when they do not sit inside a {@code Last, First} name (several addresses, each in
     * angle brackets or bare).
     */
    public static List<Party> parseList(String raw) {
        List<Party> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String part : splitList(raw)) {
            Party p = parse(part);
            if (p != null && out.stream().noneMatch(p::sameAs)) {
                out.add(p);
            }
        }
        return out;
    }

    static List<String> splitList(String raw) {
        String s = raw.replace('\u00a0', ' ').strip();
        List<String> parts = new ArrayList<>();
        if (s.indexOf(';') >= 0) {
            for (String p : s.split(";")) {
                if (!p.isBlank()) {
                    parts.add(p);
                }
            }
            return parts;
        }
        // Several addresses in angle brackets: split after each closing bracket.
        Matcher m = ANGLE_EMAIL.matcher(s);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count > 1) {
            int start = 0;
            m.reset();
            while (m.find()) {
                parts.add(s.substring(start, m.end()));
                start = m.end();
                while (start < s.length() && (s.charAt(start) == ',' || Character.isWhitespace(s.charAt(start)))) {
                    start++;
                }
            }
            if (start < s.length() && !s.substring(start).isBlank()) {
                parts.add(s.substring(start));
            }
            return parts;
        }
        // Bare addresses separated by commas.
        if (s.contains(",") && s.chars().filter(c -> c == '@').count() > 1) {
            for (String p : s.split(",")) {
                if (!p.isBlank()) {
                    parts.add(p);
                }
            }
            return parts;
        }
        parts.add(s);
        return parts;
    }

    /**
     * Normalises a display name: quotes removed, a trailing parenthesised suffix removed, {@code Last, First}
     * reordered to {@code First Last}, spaces collapsed.
     */
    public static String normalizeName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00a0', ' ').strip();
        s = s.replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").strip();
        s = s.replaceAll("\\s+", " ");
        String withoutSuffix = TRAILING_PAREN.matcher(s).replaceFirst("").strip();
        if (!withoutSuffix.isEmpty()) {
            s = withoutSuffix;
        }
        s = s.replaceAll("[,;:]+$", "").strip();
        int comma = s.indexOf(',');
        if (comma > 0 && comma == s.lastIndexOf(',')) {
            String last = s.substring(0, comma).strip();
            String first = s.substring(comma + 1).strip();
            boolean suffix = first.matches("(?i)(jr|sr|ii|iii|iv|phd|md|esq)\\.?");
            if (!first.isEmpty() && !suffix && last.split(" ").length <= 3) {
                s = first + " " + last;
            }
        }
        if (s.isEmpty() || !s.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        return s;
    }

    /** The name reduced for comparison: lower case, accents and punctuation removed, single spaces. */
    public static String comparableName(String name) {
        if (name == null) {
            return "";
        }
        String n = normalizeName(name);
        if (n == null) {
            return "";
        }
        n = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return n;
    }

    /** First and last name token of {@link #comparableName}, so that a middle initial does not matter. */
    static String firstLastKey(String name) {
        String n = comparableName(name);
        if (n.isEmpty()) {
            return "";
        }
        String[] t = n.split(" ");
        return t.length == 1 ? t[0] : t[0] + " " + t[t.length - 1];
    }

    /** The phone number's last ten digits, or empty. */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return "";
        }
        String d = phone.replaceAll("\\D", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }

    /** Whether a text looks like a phone number. */
    public static boolean looksLikePhone(String s) {
        return s != null && PHONE.matcher(s.strip()).matches();
    }

    /**
     * A key that identifies this party across messages: the address when known, else the phone number, else the name
     * (first and last token).
     */
    public String key() {
        if (email != null) {
            return email;
        }
        if (phone != null && !phoneDigits(phone).isEmpty()) {
            return "tel:" + phoneDigits(phone);
        }
        return "name:" + firstLastKey(name);
    }

    /** Same address, same phone number, or (when either lacks both) the same first and last name. */
    public boolean sameAs(Party other) {
        if (other == null) {
            return false;
        }
        if (email != null && other.email != null) {
            return email.equals(other.email);
        }
        if (phone != null && other.phone != null && !phoneDigits(phone).isEmpty()) {
            return phoneDigits(phone).equals(phoneDigits(other.phone));
        }
        String a = firstLastKey(name);
        return !a.isEmpty() && a.equals(firstLastKey(other.name));
    }

    /** This party with the address filled in when it had none. */
    public Party withEmail(String address) {
        return email != null || address == null ? this : new Party(name, address, phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append(name);
        }
        if (email != null) {
            sb.append(sb.length() > 0 ? " " : "").append('<').append(email).append('>');
        }
        if (phone != null) {
            sb.append(sb.length() > 0 ? " " : "").append(phone);
        }
        return sb.toString();
    }
}
