package org.recordswatch.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar plain = new WorkingCalendar(Holidays.NONE);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void businessDaysSkipWeekendsAndTheStartDayIsNotCounted() {
        Deadline dl = plain.count(d("2026-11-20"), 3, DayCount.BUSINESS_DAYS, Roll.NONE); // a Friday
        assertEquals(d("2026-11-25"), dl.due());
        assertEquals(List.of(d("2026-11-21"), d("2026-11-22")), dl.skipped().stream().map(SkippedDay::date).toList());
        assertTrue(dl.skipped().stream().allMatch(SkippedDay::isWeekend));
    }

    @Test
    void zeroBusinessDaysIsTheStartDay() {
        assertEquals(d("2026-11-21"), plain.count(d("2026-11-21"), 0, DayCount.BUSINESS_DAYS, Roll.NONE).due());
    }

    @Test
    void calendarDaysCanRollBackToThePreviousBusinessDay() {
        Deadline dl = plain.count(d("2026-11-11"), 10, DayCount.CALENDAR_DAYS, Roll.PREVIOUS_BUSINESS_DAY);
        assertEquals(d("2026-11-21"), dl.landedOn());
        assertEquals(d("2026-11-20"), dl.due());
        assertTrue(dl.rolled());
    }

    @Test
    void calendarDaysWithoutRollStayOnTheWeekend() {
        Deadline dl = plain.count(d("2026-11-11"), 10, DayCount.CALENDAR_DAYS, Roll.NONE);
        assertEquals(d("2026-11-21"), dl.due());
        assertFalse(dl.rolled());
    }

    @Test
    void aNegativeLengthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> plain.count(d("2026-11-11"), -1, DayCount.CALENDAR_DAYS, Roll.NONE));
    }

    @Test
    void aDeadlineSurvivesItsStoredForm() {
        Deadline dl = new WorkingCalendar(SeededLaws.federalHolidays())
                .count(d("2026-01-16"), 20, DayCount.BUSINESS_DAYS, Roll.NONE);
        Deadline back = Deadline.parse(dl.serialize());
        assertEquals(dl, back);
        Deadline stated = Deadline.stated(d("2026-03-13"), d("2026-04-15"));
        assertEquals(stated, Deadline.parse(stated.serialize()));
        assertTrue(Deadline.parse(stated.serialize()).isStated());
    }
}
