package org.recordswatch.evidence;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text and in single values, for every export and excerpt shown by default: a social security
 * number keeps its last four digits ({@code ***-**-1234}), a date of birth only its year, a street address only its
 * city, a person's name only its initials, a phone number its last four digits, an e-mail address its first letter and
 * its domain (the domain is evidence of the agency), a driver's licence or ID number its last three characters and an
 * A-number its last four digits. English and Spanish labels. Pure; thread-safe.
 *
 * <p>Names in free text are found by an honorific or a label ({@code Mr.}, {@code Sra.}, {@code Name:},
 * {@code Nombre:}) or because the caller passes them (the communication's parties); a bare name in prose that no
 * label announces is not recognised.
 */
public final class Masker {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio"
            + "|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    private static final Pattern EMAIL = Pattern.compile("\\b([\\w.+'-]+)@((?:[\\w-]+\\.)+[A-Za-z]{2,})\\b");

    private static final Pattern SSN = Pattern.compile("(?<![\\d*-])(\\d{3})[- ](\\d{2})[- ](\\d{4})(?![\\d-])");

    private static final Pattern SSN_PLAIN = Pattern.compile(
            "(?i)(\\b(?:ssn|s\\.s\\.n\\.?|ss#|social security(?: number| no\\.?| #)?|(?:n[úu]mero de )?seguro social)"
                    + "\\s*[:#]?\\s*)(\\d{5})(\\d{4})(?!\\d)");

    private static final Pattern A_NUMBER = Pattern.compile(
            "\\b(A|(?i:alien (?:registration )?(?:number|no\\.?|#)|n[úu]mero de extranjero))\\s*[-#:]?\\s*"
                    + "(\\d{2,3})[- ]?(\\d{3})[- ]?(\\d{3})(?!\\d)");

    private static final String DATE = "\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}-\\d{1,2}-\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}|(?:" + MONTHS + ")\\.? \\d{1,2},? \\d{4}"
            + "|\\d{1,2}(?: de)? (?:" + MONTHS + ")\\.?,?(?: de(?:l)?)? \\d{4}";

    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?iu)(\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|fecha de nacimiento"
                    + "|f\\. ?de nac\\.?|fec\\. nac\\.?|nacid[oa](?: el)?|naci[óo](?: el)?)\\s*[:#-]?\\s*)(" + DATE + ")");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})|(\\d{2})$");

    private static final Pattern LICENCE = Pattern.compile(
            "(?iu)(\\b(?:driver'?s'? licen[cs]e|driving licen[cs]e|licen[cs]e|lic\\.|dl|d\\.l\\.|dac|state id"
                    + "|id card|licencia(?: de conducir| de manejo)?|permiso de conducir|identificaci[óo]n)"
                    + "(?:\\s*(?:no\\.?|number|num\\.?|n[úu]mero|#))?\\s*[:#]?\\s*)([A-Z0-9][A-Z0-9-]{4,16})\\b");

    private static final String CAPITAL_WORD = "[\\p{Lu}][\\p{L}'.-]*";

    private static final String STREET_TYPES = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court"
            + "|Ct|Place|Pl|Circle|Cir|Trail|Trl|Parkway|Pkwy|Highway|Hwy|Loop|Terrace|Ter";

    private static final String CITY_TAIL = "(?:,?\\s*(?:(?i:apt|unit|suite|ste|#|no\\.?)\\s*[\\w-]+))?"
            + "(?:,\\s*((?:" + CAPITAL_WORD + ")(?: " + CAPITAL_WORD + "){0,2}))?"
            + "(?:,?\\s+(\\p{Lu}{2})(?=[\\s,.;]|$))?(?:,?\\s*\\d{5}(?:-\\d{4})?)?";

    private static final Pattern ADDRESS_EN = Pattern.compile(
            "(?u)\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:(?:Calle|Camino|Avenida|Paseo|Via|Vía)\\s+(?:(?:de|del|la|las|los|el)\\s+)?"
                    + "(?:" + CAPITAL_WORD + ")(?:\\s+" + CAPITAL_WORD + "){0,2}"
                    + "|(?:[\\p{Lu}0-9][\\p{L}0-9'.-]*\\s+){1,4}(?:" + STREET_TYPES + ")\\b\\.?)"
                    + CITY_TAIL);

    private static final Pattern ADDRESS_ES = Pattern.compile(
            "(?u)\\b(?:Calle|C/|Avenida|Avda\\.|Av\\.|Camino|Paseo|Carretera|Plaza|Pasaje)\\s+"
                    + "(?:(?:de|del|la|las|los|el)\\s+)?(?:" + CAPITAL_WORD + ")(?:\\s+(?:de|del|la)?\\s*"
                    + CAPITAL_WORD + "){0,3},?\\s+(?:(?i:n[º°o]\\.?|núm\\.?|número)\\s*)?\\d{1,5}[A-Za-z]?"
                    + "(?:,?\\s*(?:(?i:piso|depto\\.?|apto\\.?|puerta)\\s*[\\w º°-]{1,6}))?" + CITY_TAIL);

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w*-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-](\\d{4})(?![\\d-])");

    private static final String NAME_WORD = CAPITAL_WORD + "(?![:\\p{L}])";

    /** {@code Roe, Jane} or {@code Jane Q. Roe}; a word followed by a colon is the next label, not a name. */
    private static final String NAME = "(" + NAME_WORD + ", " + NAME_WORD + "(?: " + NAME_WORD + ")?|" + NAME_WORD
            + "(?: " + NAME_WORD + "){0,3})";

    private static final Pattern HONORIFIC = Pattern.compile(
            "(?u)\\b(Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Don|Doña|Dña)(\\.?\\s+)" + NAME);

    private static final Pattern LABELLED_NAME = Pattern.compile(
            "(?u)(\\b(?i:name|full name|subject|client|defendant|inmate|probationer|offender|individual|nombre"
                    + "|nombre completo|cliente|acusado|acusada|sujeto|persona)\\s*:\\s*)" + NAME);

    private static final Masker INSTANCE = new Masker();

    private Masker() {
    }

    public static Masker get() {
        return INSTANCE;
    }

    /** The text with every kind of personal data this class knows masked. */
    public String text(String text) {
        return text(text, List.of());
    }

    /** The text masked, with the given people's names (e.g. a message's parties) also reduced to initials. */
    public String text(String text, Collection<String> knownNames) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        s = replace(EMAIL, s, m -> email(m.group()));
        s = replace(SSN, s, m -> "***-**-" + m.group(3));
        s = replace(SSN_PLAIN, s, m -> m.group(1) + "***-**-" + m.group(3));
        s = replace(A_NUMBER, s, Masker::aNumber);
        s = replace(DATE_OF_BIRTH, s, m -> m.group(1) + yearOf(m.group(2)));
        s = replace(LICENCE, s, m -> hasDigit(m.group(2)) ? m.group(1) + licence(m.group(2)) : m.group());
        s = replace(ADDRESS_ES, s, Masker::city);
        s = replace(ADDRESS_EN, s, Masker::city);
        s = replace(PHONE, s, m -> "***-***-" + m.group(1));
        s = replace(HONORIFIC, s, m -> m.group(1) + m.group(2) + initials(m.group(3)));
        s = replace(LABELLED_NAME, s, m -> m.group(1) + initials(m.group(2)));
        s = knownNames(s, knownNames);
        return s;
    }

    /** A person's name as initials: {@code Jane Q. Roe} and {@code Roe, Jane Q.} both become {@code J. Q. R.}. */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return initials(name.strip());
    }

    /** An e-mail address with its local part reduced to its first character; the domain stays. */
    public String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A phone number reduced to its last four digits. */
    public String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "***-***-" + digits.substring(digits.length() - 4);
    }

    private static String city(MatchResult m) {
        String city = m.group(1);
        if (city == null) {
            return "[address]";
        }
        String state = m.group(2);
        return state == null ? city : city + ", " + state;
    }

    private static String aNumber(MatchResult m) {
        String digits = m.group(2) + m.group(3) + m.group(4);
        String last4 = digits.substring(digits.length() - 4);
        return "A".equals(m.group(1)) ? "A-*****" + last4 : m.group(1) + " *****" + last4;
    }

    private static String licence(String number) {
        int keep = Math.min(3, number.length() - 3);
        return "*".repeat(number.length() - keep) + number.substring(number.length() - keep);
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    static String yearOf(String date) {
        String d = date.strip();
        Matcher iso = Pattern.compile("^(\\d{4})-").matcher(d);
        if (iso.find()) {
            return iso.group(1);
        }
        Matcher four = Pattern.compile("(\\d{4})\\s*$").matcher(d);
        if (four.find()) {
            return four.group(1);
        }
        Matcher two = YEAR.matcher(d);
        if (two.find() && two.group(2) != null) {
            int yy = Integer.parseInt(two.group(2));
            int century = yy > Year.now().getValue() % 100 ? 1900 : 2000;
            return Integer.toString(century + yy);
        }
        return "****";
    }

    /** {@code Roe, Jane Q.} → {@code J. Q. R.}; {@code ROE, JANE} → {@code J. R.}. */
    static String initials(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String w : n.split("[\\s]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toUpperCase(letters.charAt(0))).append('.');
            }
        }
        return sb.length() == 0 ? name : sb.toString();
    }

    private static String knownNames(String text, Collection<String> names) {
        List<String> forms = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.contains("@")) {
                continue;
            }
            String n = name.replaceAll("\\(.*?\\)", " ").replaceAll("\\s+", " ").strip();
            String[] words = n.contains(",") ? null : n.split(" ");
            if (n.split("[ ,]+").length < 2) {
                continue; // a single word is too often an ordinary word
            }
            forms.add(n);
            if (words != null && words.length >= 2) {
                forms.add(words[words.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOf(words,
                        words.length - 1)));
                forms.add(words[0] + " " + words[words.length - 1]);
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        String s = text;
        for (String form : forms) {
            Pattern p = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(form).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}])");
            s = replace(p, s, m -> initials(m.group()));
        }
        return s;
    }

    private static String replace(Pattern p, String s, Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
