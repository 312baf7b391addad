package org.recordswatch.communication.parse;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date and time as mail clients print them, in several languages and with OCR noise:
 * {@code Tuesday, January 8, 2019 9:14 AM}, {@code Tue 3/5/2019 10:14 AM}, {@code Tue, Mar 5, 2019 at 10:14 AM},
 * {@code martes, 8 de enero de 2019 9:14}, {@code 8 janv. 2019 à 09:14}, {@code 2019-03-05 10:14},
 * {@code Mon, 5 Mar 2019 10:14:00 -0700}, {@code 3/5/2019 10:14 AM (UTC-07:00) Mountain Time}.
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>the date is taken from the earliest of: an ISO date (not glued to other digits or dashes, so a Bates number such
 * as {@code DOC-2019-03-05-0042} is no date), a date with a month name (English, Spanish, French, German, Portuguese,
 * Italian; day before or after the month), or a numeric date {@code m/d/y} (day first when configured, or when the
 * first number exceeds 12);</li>
 * <li>the time is the first {@code h:mm[:ss]} with an optional AM/PM marker ({@code a. m.}, {@code p.m.} too);</li>
 * <li>an offset or zone is read only after the time: {@code -0700}, {@code GMT-7}, {@code (UTC-07:00)}, {@code Z} or a
 * North American abbreviation ({@code MST}, {@code EDT}...);</li>
 * <li>OCR confusions inside numbers ({@code O} for 0, {@code l I |} for 1) are repaired before reading;</li>
 * <li>years outside 1970-2100 are rejected.</li>
 * </ul>
 */
public final class DateTimeText {

    /** A date and time as written: the time, offset and zone may be missing. */
    public record Reading(LocalDate date, LocalTime time, ZoneOffset offset, ZoneId zone) {

        public boolean hasTime() {
            return time != null;
        }

        public LocalDateTime local() {
            return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        }

        /** Where the offset comes from when resolved with {@link #at(ZoneId)}. */
        public TimeBasis basis() {
            return offset != null || zone != null ? TimeBasis.STATED_ZONE : TimeBasis.AGENCY_ZONE;
        }

        /**
         * The instant with an offset: the written offset or zone when present, otherwise the given zone for that date
         * (daylight saving time applied; in the autumn overlap the earlier offset).
         */
        public OffsetDateTime at(ZoneId fallbackZone) {
            if (offset != null) {
                return local().atOffset(offset);
            }
            ZoneId z = zone != null ? zone : fallbackZone;
            return ZonedDateTime.ofLocal(local(), z, null).toOffsetDateTime();
        }
    }

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("akst", ZoneOffset.ofHours(-9)), Map.entry("akdt", ZoneOffset.ofHours(-8)),
            Map.entry("hst", ZoneOffset.ofHours(-10)));

    static {
        String[][] names = {
            {"january", "jan", "enero", "ene", "janvier", "janv", "januar", "janner", "janeiro", "gennaio", "genn"},
            {"february", "feb", "febrero", "fevrier", "fevr", "fev", "februar", "fevereiro", "febbraio", "febb"},
            {"march", "mar", "marzo", "mars", "marz", "maerz", "marco"},
            {"april", "apr", "abril", "abr", "avril", "avr", "aprile"},
            {"may", "mayo", "mai", "maio", "maggio", "magg"},
            {"june", "jun", "junio", "juin", "juni", "junho", "giugno", "giu"},
            {"july", "jul", "julio", "juillet", "juil", "juli", "julho", "luglio", "lug"},
            {"august", "aug", "agosto", "ago", "aout", "augusto"},
            {"september", "sept", "sep", "septiembre", "setiembre", "set", "septembre", "setembro", "settembre"},
            {"october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out", "ottobre", "ott"},
            {"november", "nov", "noviembre", "novembre", "novembro"},
            {"december", "dec", "diciembre", "dic", "decembre", "dezember", "dez", "dezembro", "dicembre"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                MONTHS.putIfAbsent(n, i + 1);
            }
        }
    }

    private static final String MONTH_ALTERNATION = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![a-z])(" + MONTH_ALTERNATION + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|o)?\\.?\\s*(?:de\\s+|-)?(" + MONTH_ALTERNATION
                    + ")\\.?,?\\s*(?:de\\s+|del\\s+|-)?(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile(
            "^\\s*(?:\\(?\\s*(?:utc|gmt)\\s*)?([+\\-−])\\s?(\\d{1,2})(?::?(\\d{2}))?\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("^\\s*\\(?\\s*([a-z]{1,4})\\b");
    private static final Pattern OCR_O = Pattern.compile("(?<=[\\d:])[Oo](?=[\\d:])|(?<=\\d)[Oo](?=\\s*[AaPp]\\.?[Mm])");
    private static final Pattern OCR_ONE = Pattern.compile("(?<=[\\d:])[lI|](?=[\\d:])|(?<=\\s)[lI|](?=\\d:\\d)");

    private DateTimeText() {
    }

    /** Reads month-first numeric dates ({@code 3/5/2019} is 5 March). */
    public static Optional<Reading> parse(String text) {
        return parse(text, false);
    }

    /** Reads the first date (and time) in the text. */
    public static Optional<Reading> parse(String text, boolean dayFirst) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = repairOcrDigits(text.replace('\u00a0', ' ').replace('\u202f', ' '));
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s+", " ");

        List<int[]> candidates = new ArrayList<>(); // start, year, month, day
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            candidates.add(new int[]{m.start(), num(m.group(1)), num(m.group(2)), num(m.group(3))});
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            candidates.add(new int[]{m.start(), num(m.group(3)), MONTHS.get(m.group(1)), num(m.group(2))});
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            candidates.add(new int[]{m.start(), num(m.group(3)), MONTHS.get(m.group(2)), num(m.group(1))});
        }
        m = NUMERIC_DATE.matcher(s);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            int y = num(m.group(4));
            if (m.group(4).length() == 2) {
                y += y < 70 ? 2000 : 1900;
            }
            boolean dmy = dayFirst ? b <= 12 || a > 12 : a > 12;
            candidates.add(new int[]{m.start(), y, dmy ? b : a, dmy ? a : b});
            break;
        }
        candidates.sort(Comparator.comparingInt(c -> c[0]));
        LocalDate date = null;
        for (int[] c : candidates) {
            if (c[1] < 1970 || c[1] > 2100) {
                continue;
            }
            try {
                date = LocalDate.of(c[1], c[2], c[3]);
                break;
            } catch (DateTimeException e) {
                // not a real date; try the next candidate
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = null;
        ZoneOffset offset = null;
        m = TIME.matcher(s);
        while (m.find()) {
            int h = num(m.group(1));
            int min = num(m.group(2));
            int sec = m.group(3) == null ? 0 : num(m.group(3));
            String ampm = m.group(4);
            if (ampm != null) {
                if (h < 1 || h > 12) {
                    continue;
                }
                h = ampm.equals("p") ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            }
            if (h > 23 || min > 59 || sec > 59) {
                continue;
            }
            time = LocalTime.of(h, min, sec);
            offset = offsetAfter(s.substring(m.end()));
            break;
        }
        return Optional.of(new Reading(date, time, offset, null));
    }

    private static ZoneOffset offsetAfter(String rest) {
        Matcher m = NUMERIC_OFFSET.matcher(rest);
        if (m.find()) {
            int h = num(m.group(2));
            int min = m.group(3) == null ? 0 : num(m.group(3));
            if (h <= 14 && min < 60) {
                int sign = m.group(1).equals("+") ? 1 : -1; // "-" or the minus sign
                return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
            }
        }
        m = ABBREVIATION.matcher(rest);
        if (m.find()) {
            ZoneOffset z = ZONE_ABBREVIATIONS.get(m.group(1));
            if (z != null && !(m.group(1).equals("z") && !rest.startsWith("z"))) {
                String after = rest.substring(m.end());
                Matcher more = NUMERIC_OFFSET.matcher(after);
                if ((m.group(1).equals("utc") || m.group(1).equals("gmt")) && more.find()) {
                    return offsetAfter(after);
                }
                return z;
            }
        }
        return null;
    }

    private static String repairOcrDigits(String s) {
        s = OCR_O.matcher(s).replaceAll("0");
        return OCR_ONE.matcher(s).replaceAll("1");
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
