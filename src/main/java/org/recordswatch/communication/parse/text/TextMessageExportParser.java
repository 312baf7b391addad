package org.recordswatch.communication.parse.text;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.DateTimeText;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

/**
 * Reads a text-message export: every text becomes one {@link ParsedMessage} of channel
 * {@link Channel#TEXT_MESSAGE}, with an empty subject, in one conversation per export.
 *
 * <p>Layouts, each covered by a test; the one that reads the most messages wins, and at least two are needed:
 * <ol>
 * <li><b>forensic listing</b>: a line with a date-time and {@code From:} (optionally an index {@code [n]}, a direction
 * such as {@code Incoming}/{@code Outgoing}, and {@code To:}), the text on the following lines;</li>
 * <li><b>chat transcript</b>: {@code 8/12/19, 4:47 PM - Name: text} (WhatsApp on Android),
 * {@code [8/12/19, 4:47:12 PM] Name: text} (WhatsApp on iOS) or {@code 2019-08-12 16:47 Name: text};
 * following lines without a time continue the text;</li>
 * <li><b>label records</b>: {@code From:}, {@code To:}, a date label ({@code Date}, {@code Time}, {@code Timestamp},
 * {@code Sent}) and a text label ({@code Body}, {@code Message}, {@code Text}) per message;</li>
 * <li><b>CSV or tab-separated</b> with a header row naming a date/time, a sender and a text column (recipient and
 * direction columns are used when present).</li>
 * </ol>
 *
 * <p>Also read from the export's preamble: a participants list ({@code Name  +1 (505) 555-0100}, so that senders
 * get their phone number; {@code (device owner)} marks the owner), and a {@code Time zone:} line (an IANA zone or a
 * UTC offset) that overrides the agency's zone. Recipients are the {@code To:} field, or else all other participants.
 * Locators are {@code message n} when the export numbers its messages, else {@code line n}.
 */
public final class TextMessageExportParser {

    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?\\s?[Mm]\\.?)?";
    private static final Pattern INDEX = Pattern.compile("^\\s*(?:\\[(\\d+)]|#(\\d+)|(\\d+)[.)])\\s+");
    private static final Pattern FROM_TO = Pattern.compile(
            "(?i)\\b(?:from|de|sender|remitente)\\s*:\\s*(.+?)(?:\\s+(?:to|para|recipient|destinatario)\\s*:\\s*(.+?))?\\s*$");
    private static final Pattern DIRECTION = Pattern.compile(
            "(?i)\\b(incoming|outgoing|received|sent|entrante|saliente|recibido|enviado)\\b");
    private static final Pattern ANDROID_CHAT = Pattern.compile(
            "^\\s*(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+" + TIME + ")\\s+[-–]\\s+([^:]{1,60}?):\\s?(.*)$");
    private static final Pattern BRACKET_CHAT = Pattern.compile(
            "^\\s*\\[(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+" + TIME + ")]\\s+([^:]{1,60}?):\\s?(.*)$");
    private static final Pattern ISO_CHAT = Pattern.compile(
            "^\\s*(\\d{4}-\\d{2}-\\d{2}[ T]" + TIME + ")\\s+[-–|]?\\s*([^:]{1,60}?):\\s?(.*)$");
    private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L} ]{2,20}?)\\s*:\\s*(.*)$");
    private static final Pattern PARTICIPANT = Pattern.compile(
            "^\\s*([\\p{L}][\\p{L} .'’-]{1,60}?)\\s{2,}(\\+?\\d[\\d ().-]{6,}\\d)(.*)$");
    private static final Pattern TIME_ZONE = Pattern.compile("(?i)^\\s*(?:time ?zone|zona horaria)\\s*:\\s*(\\S+)");
    private static final Pattern OWNER = Pattern.compile("(?i)\\((?:device )?owner\\)|\\(propietario\\)");

    private final ParseSettings settings;

    public TextMessageExportParser(ParseSettings settings) {
        this.settings = settings;
    }

    /** One text as read, before parties are completed. */
    private record Raw(int number, int line, DateTimeText.Reading when, String from, String to, String direction,
            String body) {
    }

    /** The layouts this parser reads. */
    public enum Layout {
        /** A header line per text with time and From:, the text below. */
        LISTING,
        /** One line per text: time, name, text. */
        CHAT,
        /** From/To/Date/Body labels per text. */
        LABEL_RECORDS,
        /** CSV or tab-separated rows. */
        DELIMITED
    }

    /** The texts read and the layout they were read in. */
    public record Export(Layout layout, List<ParsedMessage> messages) {
    }

    /** The messages of the export, or an empty list when the text is no export this parser knows. */
    public List<ParsedMessage> parse(String text, SourceRef document) {
        return read(text, document).messages();
    }

    /** The export as read, with its layout; no messages when the text is no export this parser knows. */
    public Export read(String text, SourceRef document) {
        List<String> lines = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(l.replace('\u00a0', ' ').stripTrailing());
        }
        Map<String, String> phones = new LinkedHashMap<>();
        String owner = participants(lines, phones);
        ZoneId zone = statedZone(lines).orElse(settings.agencyZone());
        List<List<Raw>> readings = List.of(listing(lines), chat(lines), labelRecords(lines), delimited(lines));
        List<Raw> best = List.of();
        Layout layout = Layout.LISTING;
        for (int k = 0; k < readings.size(); k++) {
            if (readings.get(k).size() > best.size()) {
                best = readings.get(k);
                layout = Layout.values()[k];
            }
        }
        if (best.size() < 2) {
            return new Export(layout, List.of());
        }
        boolean numbered = best.stream().allMatch(r -> r.number() > 0);
        TreeSet<String> keys = new TreeSet<>();
        Map<String, Party> people = new LinkedHashMap<>();
        phones.forEach((name, phone) -> people.put(Party.withPhone(name, phone).key(), Party.withPhone(name, phone)));
        for (Raw r : best) {
            for (String who : new String[]{r.from(), r.to()}) {
                if (who != null) {
                    for (Party p : parties(who, phones)) {
                        people.putIfAbsent(p.key(), p);
                    }
                }
            }
        }
        people.values().forEach(p -> keys.add(p.key()));
        String conversation = document.documentId() + "|" + String.join(",", keys);
        List<ParsedMessage> out = new ArrayList<>();
        int ordinal = 0;
        for (Raw r : best) {
            ordinal++;
            Party from = r.from() == null ? null : first(parties(r.from(), phones));
            List<Party> to = r.to() == null ? List.of() : parties(r.to(), phones);
            if (from == null && owner != null && r.direction() != null) {
                boolean outgoing = r.direction().matches("(?i)outgoing|sent|saliente|enviado");
                if (outgoing) {
                    from = Party.withPhone(owner, phones.get(owner));
                }
            }
            if (to.isEmpty()) {
                List<Party> others = new ArrayList<>();
                for (Party p : people.values()) {
                    if (from == null || !p.sameAs(from)) {
                        others.add(p);
                    }
                }
                to = others;
            }
            Locator locator = numbered ? Locator.message(r.number()) : Locator.line(r.line());
            if (!numbered && layout == Layout.LISTING) {
                locator = Locator.message(ordinal);
            }
            ParsedMessage.Builder b = ParsedMessage.builder(Channel.TEXT_MESSAGE,
                    new SourceRef(document.documentId(), document.documentName(), locator,
                            document.producingAgency()));
            b.from(from).to(to).subject("").ownText(r.body().strip()).conversationKey(conversation);
            if (r.when() != null) {
                TimeBasis basis = r.when().basis() == TimeBasis.STATED_ZONE || !zone.equals(settings.agencyZone())
                        ? TimeBasis.STATED_ZONE : TimeBasis.AGENCY_ZONE;
                b.sentAt(r.when().at(zone), basis);
            }
            out.add(b.build());
        }
        return new Export(layout, out);
    }

    // ---------------------------------------------------------------- layouts

    /** Forensic listing: a header line with a time and From:, then the text. */
    private List<Raw> listing(List<String> lines) {
        List<Raw> out = new ArrayList<>();
        Raw current = null;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher ft = FROM_TO.matcher(line);
            Optional<DateTimeText.Reading> when = Optional.empty();
            if (ft.find() && ft.start() > 0) {
                when = DateTimeText.parse(line.substring(0, ft.start()), settings.dayFirst())
                        .filter(DateTimeText.Reading::hasTime);
            }
            if (when.isPresent()) {
                if (current != null) {
                    out.add(withBody(current, body));
                }
                Matcher idx = INDEX.matcher(line);
                int number = idx.find() ? Integer.parseInt(firstNonNull(idx.group(1), idx.group(2), idx.group(3)))
                        : 0;
                Matcher dir = DIRECTION.matcher(line.substring(0, ft.start()));
                current = new Raw(number, i + 1, when.get(), ft.group(1).strip(),
                        ft.group(2) == null ? null : ft.group(2).strip(), dir.find() ? dir.group(1) : null, "");
                body.setLength(0);
            } else if (current != null) {
                if (line.matches("\\s*[=_-]{10,}\\s*")) {
                    out.add(withBody(current, body));
                    current = null;
                    body.setLength(0);
                } else {
                    body.append(line.strip()).append('\n');
                }
            }
        }
        if (current != null) {
            out.add(withBody(current, body));
        }
        return out;
    }

    /** Chat transcripts: one line per message starting with a time and a name. */
    private List<Raw> chat(List<String> lines) {
        List<Raw> out = new ArrayList<>();
        Raw current = null;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = null;
            for (Pattern p : List.of(BRACKET_CHAT, ANDROID_CHAT, ISO_CHAT)) {
                Matcher candidate = p.matcher(line);
                if (candidate.matches()) {
                    m = candidate;
                    break;
                }
            }
            Optional<DateTimeText.Reading> when = m == null ? Optional.empty()
                    : DateTimeText.parse(m.group(1), settings.dayFirst()).filter(DateTimeText.Reading::hasTime);
            if (when.isPresent()) {
                if (current != null) {
                    out.add(withBody(current, body));
                }
                current = new Raw(0, i + 1, when.get(), m.group(2).strip(), null, null, "");
                body.setLength(0);
                body.append(m.group(3)).append('\n');
            } else if (current != null && !line.isBlank()) {
                body.append(line.strip()).append('\n');
            }
        }
        if (current != null) {
            out.add(withBody(current, body));
        }
        return out;
    }

    /** Label records: From / To / Date / Body per message. */
    private List<Raw> labelRecords(List<String> lines) {
        List<Raw> out = new ArrayList<>();
        Map<String, String> rec = new LinkedHashMap<>();
        int recLine = 0;
        String lastKey = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            Matcher m = LABEL.matcher(line);
            String key = m.matches() ? labelKind(m.group(1)) : null;
            if (key != null && rec.containsKey(key) || i == lines.size()) {
                flushRecord(rec, recLine, out);
                rec.clear();
                lastKey = null;
            }
            if (key != null) {
                if (rec.isEmpty()) {
                    recLine = i + 1;
                }
                rec.put(key, m.group(2).strip());
                lastKey = key;
            } else if ("body".equals(lastKey) && !line.isBlank()) {
                rec.put("body", rec.get("body") + "\n" + line.strip());
            } else if (line.isBlank() && "body".equals(lastKey)) {
                lastKey = null;
            }
        }
        return out;
    }

    private void flushRecord(Map<String, String> rec, int line, List<Raw> out) {
        if (!rec.containsKey("from") || !rec.containsKey("body") || !rec.containsKey("date")) {
            return;
        }
        DateTimeText.parse(rec.get("date"), settings.dayFirst()).filter(DateTimeText.Reading::hasTime)
                .ifPresent(w -> out.add(new Raw(0, line, w, rec.get("from"), rec.get("to"), rec.get("direction"),
                        rec.get("body"))));
    }

    private static String labelKind(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "from", "sender", "de", "remitente", "author" -> "from";
            case "to", "recipient", "recipients", "para", "destinatario" -> "to";
            case "date", "time", "timestamp", "sent", "fecha", "hora", "date time", "sent at" -> "date";
            case "body", "message", "text", "mensaje", "texto", "content" -> "body";
            case "direction", "type", "tipo" -> "direction";
            default -> null;
        };
    }

    /** CSV or tab-separated export with a header row. */
    private List<Raw> delimited(List<String> lines) {
        List<Raw> out = new ArrayList<>();
        int headerRow = -1;
        char sep = 0;
        int[] col = null;
        for (int i = 0; i < Math.min(lines.size(), 30) && col == null; i++) {
            for (char c : new char[]{'\t', ';', ','}) {
                List<String> cells = cells(lines.get(i), c);
                if (cells.size() < 3) {
                    continue;
                }
                int[] found = {-1, -1, -1, -1, -1, -1}; // date, time, from, to, body, direction
                for (int k = 0; k < cells.size(); k++) {
                    String h = cells.get(k).strip().toLowerCase(Locale.ROOT);
                    int kind = columnKind(h);
                    if (kind >= 0 && found[kind] < 0) {
                        found[kind] = k;
                    }
                }
                if (found[0] >= 0 && found[2] >= 0 && found[4] >= 0) {
                    col = found;
                    sep = c;
                    headerRow = i;
                    break;
                }
            }
        }
        if (col == null) {
            return out;
        }
        for (int i = headerRow + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(i), sep);
            String date = cell(cells, col[0]);
            String time = cell(cells, col[1]);
            Optional<DateTimeText.Reading> when = DateTimeText.parse(
                    (date + " " + (time == null ? "" : time)).strip(), settings.dayFirst());
            if (when.isEmpty() || !when.get().hasTime()) {
                continue;
            }
            out.add(new Raw(0, i + 1, when.get(), cell(cells, col[2]), cell(cells, col[3]), cell(cells, col[5]),
                    cell(cells, col[4]) == null ? "" : cell(cells, col[4])));
        }
        return out;
    }

    private static int columnKind(String h) {
        if (h.matches("(message )?date( ?time)?|timestamp|sent|date sent|sent date|fecha|fecha y hora|datetime")) {
            return 0;
        }
        if (h.matches("time|hora")) {
            return 1;
        }
        if (h.matches("from|sender|sender name|sender id|author|remitente|de")) {
            return 2;
        }
        if (h.matches("to|recipient|recipients|recipient name|para|destinatario")) {
            return 3;
        }
        if (h.matches("text|body|message|message text|content|mensaje|texto")) {
            return 4;
        }
        if (h.matches("type|direction|tipo|status")) {
            return 5;
        }
        return -1;
    }

    private static String cell(List<String> cells, int k) {
        return k < 0 || k >= cells.size() || cells.get(k).isBlank() ? null : cells.get(k).strip();
    }

    static List<String> cells(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == sep && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    // ---------------------------------------------------------------- preamble and parties

    /** Fills name → phone from a participants list; returns the device owner's name, if marked. */
    private static String participants(List<String> lines, Map<String, String> phones) {
        String owner = null;
        for (String line : lines) {
            Matcher m = PARTICIPANT.matcher(line);
            if (m.matches() && !line.contains(":")) {
                String name = m.group(1).strip();
                phones.put(name, m.group(2).strip());
                if (OWNER.matcher(m.group(3)).find()) {
                    owner = name;
                }
            }
        }
        return owner;
    }

    private static Optional<ZoneId> statedZone(List<String> lines) {
        for (String line : lines) {
            Matcher m = TIME_ZONE.matcher(line);
            if (m.find()) {
                String z = m.group(1).replaceAll("[,;]$", "");
                try {
                    return Optional.of(ZoneId.of(z));
                } catch (DateTimeException e) {
                    Matcher off = Pattern.compile("(?i)(?:utc|gmt)?([+-]\\d{1,2})(?::?(\\d{2}))?").matcher(z);
                    if (off.matches()) {
                        int h = Integer.parseInt(off.group(1));
                        int min = off.group(2) == null ? 0 : Integer.parseInt(off.group(2));
                        return Optional.of(ZoneOffset.ofHoursMinutes(h, h < 0 ? -min : min));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Parties in a From/To field: names, phone numbers or both, several separated by {@code ,} or {@code ;}. */
    private static List<Party> parties(String field, Map<String, String> phones) {
        List<Party> out = new ArrayList<>();
        for (String part : field.split("[;,]")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher tel = Pattern.compile("(\\+?\\d[\\d ().-]{6,}\\d)").matcher(s);
            String phone = null;
            String name = s;
            if (tel.find()) {
                phone = tel.group(1).strip();
                name = (s.substring(0, tel.start()) + s.substring(tel.end())).replaceAll("[()<>\\[\\]]", " ").strip();
            }
            if (name.isEmpty()) {
                name = null;
                for (Map.Entry<String, String> e : phones.entrySet()) {
                    if (Party.phoneDigits(e.getValue()).equals(Party.phoneDigits(phone))) {
                        name = e.getKey();
                    }
                }
            }
            if (phone == null && name != null) {
                phone = phoneOf(name, phones);
            }
            Party p = Party.withPhone(name, phone);
            if ((p.name() != null || p.phone() != null) && out.stream().noneMatch(p::sameAs)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String phoneOf(String name, Map<String, String> phones) {
        String key = Party.comparableName(name);
        for (Map.Entry<String, String> e : phones.entrySet()) {
            if (Party.comparableName(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Party first(List<Party> parties) {
        return parties.isEmpty() ? null : parties.get(0);
    }

    private static Raw withBody(Raw r, StringBuilder body) {
        return new Raw(r.number(), r.line(), r.when(), r.from(), r.to(), r.direction(),
                r.body().isEmpty() ? body.toString() : r.body() + "\n" + body);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
