package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeTextTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private static LocalDateTime local(String text) {
        return DateTimeText.parse(text).orElseThrow().local();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tuesday, January 8, 2019 9:14 AM|2019-01-08T09:14",
        "Wednesday, February 06, 2019 9:33 AM|2019-02-06T09:33",
        "Tue 3/5/2019 10:14 AM|2019-03-05T10:14",
        "Tue, Mar 5, 2019 at 10:14 AM|2019-03-05T10:14",
        "martes, 8 de enero de 2019 9:14|2019-01-08T09:14",
        "8 de enero de 2019, 4:05 p. m.|2019-01-08T16:05",
        "mar. 8 janv. 2019 à 09:14|2019-01-08T09:14",
        "Dienstag, 8. Januar 2019 09:14|2019-01-08T09:14",
        "2019-03-05 10:14|2019-03-05T10:14",
        "2019-02-14T15:33:19Z|2019-02-14T15:33:19",
        "Thursday, October 3, 2019 2:O5 PM .|2019-10-03T14:05",
        "12/01/2019 12:30 AM|2019-12-01T00:30",
        "Friday, May 10, 2019 12:05 PM|2019-05-10T12:05",
        "25/03/2019 18:20|2019-03-25T18:20"})
    void readsDatesAsMailClientsPrintThem(String text, String expected) {
        assertEquals(LocalDateTime.parse(expected), local(text));
    }

    @Test
    void numericDatesAreMonthFirstUnlessConfiguredOrImpossible() {
        assertEquals(LocalDateTime.parse("2019-03-05T10:00"), local("03/05/2019 10:00"));
        assertEquals(LocalDateTime.parse("2019-05-03T10:00"),
                DateTimeText.parse("03/05/2019 10:00", true).orElseThrow().local());
        assertEquals(LocalDateTime.parse("2019-03-25T10:00"), local("25/03/2019 10:00"));
    }

    @Test
    void aWrittenOffsetOrZoneWinsOverTheAgencyZone() {
        assertEquals(OffsetDateTime.parse("2019-03-05T10:14-05:00"),
                DateTimeText.parse("Mon, 5 Mar 2019 10:14:00 -0500").orElseThrow().at(DENVER));
        assertEquals(OffsetDateTime.parse("2019-03-05T10:14-06:00"),
                DateTimeText.parse("3/5/2019 10:14 AM (UTC-06:00) Central Time").orElseThrow().at(DENVER));
        assertEquals(OffsetDateTime.parse("2019-07-05T10:14-04:00"),
                DateTimeText.parse("July 5, 2019 10:14 AM EDT").orElseThrow().at(DENVER));
        assertEquals(TimeBasis.STATED_ZONE, DateTimeText.parse("July 5, 2019 10:14 AM EDT").orElseThrow().basis());
    }

    @Test
    void localTimesTakeTheAgencyZoneWithDaylightSavingTime() {
        assertEquals(OffsetDateTime.parse("2019-03-08T09:00-07:00"),
                DateTimeText.parse("March 8, 2019 9:00 AM").orElseThrow().at(DENVER));
        assertEquals(OffsetDateTime.parse("2019-03-11T09:00-06:00"),
                DateTimeText.parse("March 11, 2019 9:00 AM").orElseThrow().at(DENVER));
        assertEquals(OffsetDateTime.parse("2019-11-04T09:00-07:00"),
                DateTimeText.parse("November 4, 2019 9:00 AM").orElseThrow().at(DENVER));
        assertEquals(TimeBasis.AGENCY_ZONE, DateTimeText.parse("March 11, 2019 9:00 AM").orElseThrow().basis());
    }

    @Test
    void aBatesNumberThatLooksLikeADateIsNoDate() {
        assertTrue(DateTimeText.parse("SF-2019-03-05-000101").isEmpty());
        assertTrue(DateTimeText.parse("ABC20190305").isEmpty());
    }

    @Test
    void aDateWithoutTimeHasNoTimeAndImpossibleDatesAreRejected() {
        assertFalse(DateTimeText.parse("DOB 01/12/1970").orElseThrow().hasTime());
        assertTrue(DateTimeText.parse("February 30, 2019 9:00 AM").isEmpty());
        assertTrue(DateTimeText.parse("March 5, 1850 9:00 AM").isEmpty());
        assertTrue(DateTimeText.parse("Office: (505) 555-0101").isEmpty());
    }
}
