package org.recordswatch.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void eachDeadlineIsAnAllDayEventWithEscapedText() {
        String ics = ICalendar.write("Deadlines", List.of(new ICalendar.Event("deadline-1@rw",
                LocalDate.parse("2026-01-22"), "Health; DOH, NM: ack", "line one\nline two")),
                Instant.parse("2026-01-16T12:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20260122\r\n"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20260123\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Health\\; DOH\\, NM: ack\r\n"), ics);
        assertTrue(ics.contains("DESCRIPTION:line one\\nline two\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        String ics = ICalendar.write("x", List.of(new ICalendar.Event("u", LocalDate.parse("2026-01-22"),
                "Departamento de Salud de Nuevo México — año fiscal — ñandú ".repeat(4), null)), Instant.now());
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("ñandú ñandú".substring(0, 5)));
        assertEquals(1, unfolded.split("SUMMARY:").length - 1);
    }
}
