package org.recordswatch.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, instants and amounts in the page's language, for pages ({@code #{fmt.date(d)}}): dates with their weekday,
 * because deadlines are about which day of the week things fall on.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final String DATE = "EEE d MMM yyyy";
    private static final String DATE_TIME = "d MMM yyyy HH:mm";

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(DATE, locale()).format(date);
    }

    /** A short date without the year (in lists of skipped days). */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern(DATE_TIME, locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    public String number(Double value) {
        return value == null ? "–" : String.format(locale(), "%.1f", value);
    }

    private static Locale locale() {
        return Messages.currentLocale();
    }
}
