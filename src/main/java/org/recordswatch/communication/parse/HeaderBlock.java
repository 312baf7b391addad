package org.recordswatch.communication.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A printed or quoted e-mail header: consecutive {@code label: value} lines such as
 * <pre>
 * From: Roe, Jane &lt;jane.roe@agency.gov&gt;
 * Sent: Tuesday, March 5, 2019 10:14 AM
 * To: Doe, John
 * Subject: RE: records check
 * </pre>
 * in any order and language ({@link HeaderLabel}).
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>a header starts with a line whose label is not {@linkplain HeaderLabel#weak(String) weak};</li>
 * <li>up to two blank lines may separate its lines (OCR and some print layouts insert them); a line without a known
 * label ends it, as does a label seen before (so a {@code Date:} line in the body after the header is not read);</li>
 * <li>a line without label continues the previous {@code To}, {@code Cc}, {@code Bcc} or {@code Attachments} value when
 * that value ended with {@code ;} or {@code ,} or the line holds {@code ;} or an address; it continues a {@code From}
 * value that still lacks its address or a closing bracket (a long sender wrapped by the printer); a label printed
 * alone on its line takes the next line as its value (across one blank line only for the sender and the date, so an
 * empty {@code Cc:} does not swallow the first line of the body);</li>
 * <li>it is a header only if it has a sender, a sent date that {@link DateTimeText} can read, and a recipient or a
 * subject. A body line that starts with "From:" therefore never starts a message on its own.</li>
 * </ul>
 *
 * @param start index of the first header line
 * @param end index after the last header line
 * @param fields the raw value of each label (continuations joined)
 * @param sent the sent date as read
 * @param fuzzy whether a label was only recognised by repairing OCR noise
 * @param upperCaseLabels whether all labels were written in capitals (as memoranda do)
 * @param subjectLabel the subject's label as written ({@code Subject}, {@code RE}, {@code Asunto}), or {@code null}
 */
public record HeaderBlock(int start, int end, Map<HeaderLabel, String> fields, DateTimeText.Reading sent,
        boolean fuzzy, boolean upperCaseLabels, String subjectLabel) {

    private static final int MAX_BLANKS = 2;

    public HeaderBlock {
        fields = Map.copyOf(fields);
    }

    public Party from() {
        return Party.parse(fields.get(HeaderLabel.FROM));
    }

    public List<Party> to() {
        return Party.parseList(fields.get(HeaderLabel.TO));
    }

    public List<Party> cc() {
        return Party.parseList(fields.get(HeaderLabel.CC));
    }

    public List<Party> bcc() {
        return Party.parseList(fields.get(HeaderLabel.BCC));
    }

    /**
     * Whether this reads as a memorandum or letter header rather than an e-mail's: the date has no time, and the labels
     * are capitalised ({@code TO:/FROM:/DATE:}) or the subject is introduced by {@code RE:}.
     */
    public boolean memo() {
        return !sent.hasTime() && (upperCaseLabels || subjectLabel != null && subjectLabel.equalsIgnoreCase("re"));
    }

    public String subject() {
        String s = fields.get(HeaderLabel.SUBJECT);
        return s == null ? "" : s.strip();
    }

    /** Attachment names listed in the header ({@code Attachments: a.pdf; b.xlsx}). */
    public List<String> attachmentNames() {
        String s = fields.get(HeaderLabel.ATTACHMENTS);
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : s.split("[;]|,\\s+(?=\\S+\\.\\w{2,5}\\b)")) {
            String name = part.strip().replaceAll("\\s*\\(\\s*[\\d.,]+\\s*[KMG]?B\\s*\\)$", "").strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** Reads a header starting at {@code start}, or nothing when the lines there are no header. */
    public static Optional<HeaderBlock> read(List<String> lines, int start, boolean dayFirst) {
        if (start >= lines.size()) {
            return Optional.empty();
        }
        Optional<HeaderLabel.Labeled> first = HeaderLabel.read(lines.get(start));
        if (first.isEmpty() || first.get().weak()) {
            return Optional.empty();
        }
        Map<HeaderLabel, String> fields = new EnumMap<>(HeaderLabel.class);
        boolean fuzzy = false;
        boolean upper = true;
        String subjectLabel = null;
        HeaderLabel last = null;
        boolean lastWasEmptyValue = false;
        int end = start;
        int blanks = 0;
        for (int j = start; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                if (++blanks > MAX_BLANKS) {
                    break;
                }
                continue;
            }
            Optional<HeaderLabel.Labeled> labeled = HeaderLabel.read(line);
            if (labeled.isPresent()) {
                HeaderLabel kind = labeled.get().label();
                if (fields.containsKey(kind) && kind != HeaderLabel.OTHER) {
                    break;
                }
                fields.merge(kind, labeled.get().value(), (a, b) -> a + "; " + b);
                fuzzy |= labeled.get().fuzzy();
                upper &= labeled.get().rawLabel().equals(labeled.get().rawLabel().toUpperCase(Locale.ROOT));
                if (kind == HeaderLabel.SUBJECT) {
                    subjectLabel = labeled.get().rawLabel();
                }
                last = kind;
                lastWasEmptyValue = labeled.get().value().isBlank();
                end = j + 1;
                blanks = 0;
                continue;
            }
            if (last == null) {
                break;
            }
            if (lastWasEmptyValue && (blanks == 0 || blanks == 1 && (last == HeaderLabel.FROM
                    || last == HeaderLabel.SENT))) {
                fields.put(last, line.strip());
                lastWasEmptyValue = false;
                end = j + 1;
                blanks = 0;
                continue;
            }
            if (blanks == 0 && continues(last, fields.get(last), line)) {
                fields.put(last, fields.get(last) + " " + line.strip());
                end = j + 1;
                continue;
            }
            break;
        }
        String fromValue = fields.get(HeaderLabel.FROM);
        String sentValue = fields.get(HeaderLabel.SENT);
        if (fromValue == null || sentValue == null || Party.parse(fromValue) == null) {
            return Optional.empty();
        }
        if (!fields.containsKey(HeaderLabel.TO) && !fields.containsKey(HeaderLabel.SUBJECT)) {
            return Optional.empty();
        }
        Optional<DateTimeText.Reading> sent = DateTimeText.parse(sentValue, dayFirst);
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HeaderBlock(start, end, fields, sent.get(), fuzzy, upper, subjectLabel));
    }

    private static boolean continues(HeaderLabel last, String value, String line) {
        if (last == HeaderLabel.FROM) {
            // a long sender wrapped by the printer: the address or a closing bracket is still to come
            String v = value == null ? "" : value;
            return !v.contains("@") && (line.contains("@") || line.strip().startsWith("<"))
                    || v.chars().filter(c -> c == '(').count() > v.chars().filter(c -> c == ')').count()
                    || v.contains("<") && !v.contains(">");
        }
        if (last != HeaderLabel.TO && last != HeaderLabel.CC && last != HeaderLabel.BCC
                && last != HeaderLabel.ATTACHMENTS) {
            return false;
        }
        String v = value == null ? "" : value.strip();
        return v.endsWith(";") || v.endsWith(",") || line.contains("@") || line.contains(";");
    }
}
