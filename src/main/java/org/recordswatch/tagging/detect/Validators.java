package org.recordswatch.tagging.detect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the value a pattern matched, named so that detector definitions can refer to them. Each returns false
 * for values that cannot be what the category says (an SSN with area 000, a VIN whose check digit is wrong).
 */
public final class Validators {

    private static final Map<String, Predicate<String>> BY_NAME = Map.of(
            "ssn", Validators::ssn,
            "itin", Validators::itin,
            "vin", Validators::vin,
            "birthdate", Validators::birthdate,
            "phone", Validators::phone,
            "plate", Validators::plate);

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Set<String> KNOWN_FAKE_SSN = Set.of("078051120", "219099999");

    private Validators() {
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    public static Optional<Predicate<String>> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }

    /** A Social Security number: 9 digits, area not 000, 666 or 900-999, group not 00, serial not 0000. */
    public static boolean ssn(String value) {
        String d = digits(value);
        if (d.length() != 9 || KNOWN_FAKE_SSN.contains(d)) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    /** An ITIN: 9 digits starting with 9, group 50-65, 70-88, 90-92 or 94-99. */
    public static boolean itin(String value) {
        String d = digits(value);
        if (d.length() != 9 || d.charAt(0) != '9') {
            return false;
        }
        int group = Integer.parseInt(d.substring(3, 5));
        return group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92
                || group >= 94;
    }

    /** A 17-character vehicle identification number with a correct check digit (position 9). */
    public static boolean vin(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-HJ-NPR-Z0-9]{17}") || !v.matches(".*\\d.*") || !v.matches(".*[A-Z].*")) {
            return false;
        }
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += transliterate(v.charAt(i)) * weights[i];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return v.charAt(8) == expected;
    }

    private static int transliterate(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        String table = "A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9";
        int i = table.indexOf(c);
        return i < 0 ? 0 : table.charAt(i + 1) - '0';
    }

    /** A date that can be somebody's birth date: a real calendar date, not in the future, not before 1900. */
    public static boolean birthdate(String value) {
        if (value == null) {
            return false;
        }
        int thisYear = Year.now().getValue();
        Matcher m = NUMERIC_DATE.matcher(value);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            int year;
            int month;
            int day;
            if (m.group(1).length() == 4) {
                year = a;
                month = b;
                day = c;
            } else {
                year = m.group(3).length() == 2 ? (c + 2000 > thisYear ? 1900 + c : 2000 + c) : c;
                month = a;
                day = b;
                if (month > 12 && day <= 12) {
                    int t = month;
                    month = day;
                    day = t;
                }
            }
            try {
                LocalDate d = LocalDate.of(year, month, day);
                return year >= 1900 && !d.isAfter(LocalDate.now());
            } catch (DateTimeException e) {
                return false;
            }
        }
        Matcher y = YEAR.matcher(value);
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            return year >= 1900 && year <= thisYear;
        }
        return false;
    }

    /** A North American phone number: 10 digits (after an optional leading 1), area and exchange not starting 0/1. */
    public static boolean phone(String value) {
        String d = digits(value);
        if (d.length() == 11 && d.charAt(0) == '1') {
            d = d.substring(1);
        }
        if (d.length() != 10) {
            return d.length() >= 11 && d.length() <= 13 && value.strip().startsWith("+");
        }
        return d.charAt(0) >= '2' && d.charAt(3) >= '2';
    }

    /** A licence plate: 2 to 8 letters and digits (separators aside), with at least one of each. */
    public static boolean plate(String value) {
        if (value == null) {
            return false;
        }
        String v = value.replaceAll("[\\s.-]", "");
        return v.length() >= 2 && v.length() <= 8 && v.matches("[A-Za-z0-9]+") && v.matches(".*\\d.*")
                && v.matches(".*[A-Za-z].*");
    }
}
