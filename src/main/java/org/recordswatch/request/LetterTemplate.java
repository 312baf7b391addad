package org.recordswatch.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request letter with placeholders in double braces ({@code {{agency}}}), filled in for each agency. The text is
 * plain: values are inserted as they are, and the letter is only ever rendered as plain text or PDF.
 */
public final class LetterTemplate {

    /** Every placeholder a template may use. */
    public static final List<String> PLACEHOLDERS = List.of("statute", "citation", "agency", "custodian",
            "custodian_title", "requester", "requester_email", "organization", "date_from", "date_to", "records",
            "today", "title");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

    private LetterTemplate() {
    }

    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** Fills in the placeholders; a missing value becomes an empty string. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).toLowerCase(Locale.ROOT));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A date as a letter writes it in the letter's language ("January 16, 2026", "16 de enero de 2026"). */
    public static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                .format(date);
    }

    /** The values of one letter. */
    public static Map<String, String> values(String statute, String citation, String agency, String custodian,
            String custodianTitle, String requester, String requesterEmail, String organization, LocalDate from,
            LocalDate to, String records, LocalDate today, String title, String language) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("statute", statute);
        v.put("citation", citation);
        v.put("agency", agency);
        v.put("custodian", custodian);
        v.put("custodian_title", custodianTitle);
        v.put("requester", requester);
        v.put("requester_email", requesterEmail);
        v.put("organization", organization);
        v.put("date_from", date(from, language));
        v.put("date_to", date(to, language));
        v.put("records", records);
        v.put("today", date(today, language));
        v.put("title", title);
        return v;
    }
}
