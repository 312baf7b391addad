package org.recordswatch.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes deadlines as an iCalendar feed (RFC 5545): one all-day event per open deadline, with text escaped and lines
 * folded at 75 octets.
 */
final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One event: a stable id, the day, a summary and a description. */
    record Event(String uid, LocalDate day, String summary, String description) {
    }

    private ICalendar() {
    }

    static String write(String calendarName, List<Event> events, Instant now) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Records Watch//Deadlines//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + escape(calendarName));
        for (Event e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + escape(e.uid()));
            line(sb, "DTSTAMP:" + STAMP.format(now));
            line(sb, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
            line(sb, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
            line(sb, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null) {
                line(sb, "DESCRIPTION:" + escape(e.description()));
            }
            line(sb, "TRANSP:TRANSPARENT");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (continuations start with a space). */
    private static void line(StringBuilder sb, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
