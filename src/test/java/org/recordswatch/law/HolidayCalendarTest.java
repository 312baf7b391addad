package org.recordswatch.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static List<LocalDate> dates(HolidayCalendar c, int year) {
        return c.holidaysIn(year).stream().map(Holiday::date).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void federalHolidaysOf2021IncludeObservedDaysAndNextYearsNewYear() {
        // 2021: Juneteenth (Sat) observed Fri 18 June; Independence Day (Sun) Mon 5 July; Christmas (Sat) Fri 24 Dec;
        // New Year's Day 2022 (Sat) observed Fri 31 Dec 2021.
        assertEquals(List.of(d("2021-01-01"), d("2021-01-18"), d("2021-02-15"), d("2021-05-31"), d("2021-06-18"),
                d("2021-07-05"), d("2021-09-06"), d("2021-10-11"), d("2021-11-11"), d("2021-11-25"), d("2021-12-24"),
                d("2021-12-31")), dates(SeededLaws.federalHolidays(), 2021));
    }

    @Test
    void federalNewYearsDayOnASaturdayBelongsToThePreviousYear() {
        List<LocalDate> y2022 = dates(SeededLaws.federalHolidays(), 2022);
        assertEquals(d("2022-01-17"), y2022.get(0), "1 January 2022 was observed on 31 December 2021");
        assertTrue(y2022.contains(d("2022-06-20")));
        assertTrue(y2022.contains(d("2022-12-26")));
    }

    @Test
    void anObservedHolidayKnowsTheDayItActuallyFallsOn() {
        Holiday july = SeededLaws.federalHolidays().on(d("2026-07-03")).orElseThrow();
        assertEquals("Independence Day", july.name());
        assertEquals(d("2026-07-04"), july.actualDate());
        assertTrue(july.observedOnAnotherDay());
    }

    @Test
    void juneteenthIsOnlyAFederalHolidayFrom2021() {
        assertTrue(SeededLaws.federalHolidays().on(d("2020-06-19")).isEmpty());
        assertTrue(SeededLaws.federalHolidays().on(d("2023-06-19")).isPresent());
    }

    @Test
    void aOneDayClosureAppliesOnlyInItsYear() {
        HolidayCalendar us = SeededLaws.federalHolidays();
        assertTrue(us.on(d("2025-01-09")).isPresent());
        assertTrue(us.on(d("2026-01-09")).isEmpty());
    }

    @Test
    void newMexicoObservesPresidentsDayOnTheDayAfterThanksgiving() {
        HolidayCalendar nm = SeededLaws.newMexicoHolidays();
        assertEquals("Presidents' Day (observed after Thanksgiving)", nm.on(d("2026-11-27")).orElseThrow().name());
        assertTrue(nm.on(d("2026-02-16")).isEmpty(), "the third Monday of February is a working day in NM");
        assertTrue(nm.on(d("2026-10-12")).orElseThrow().name().startsWith("Indigenous"));
        assertTrue(nm.on(d("2017-10-09")).orElseThrow().name().startsWith("Columbus"));
    }

    @Test
    void newJerseyKeepsGoodFridayAndJuneteenthOnTheThirdFriday() {
        HolidayCalendar nj = SeededLaws.newJerseyHolidays();
        assertEquals("Good Friday", nj.on(d("2026-04-03")).orElseThrow().name());
        assertEquals("Good Friday", nj.on(d("2025-04-18")).orElseThrow().name());
        assertEquals("Juneteenth Day", nj.on(d("2026-06-19")).orElseThrow().name());
        assertEquals("Juneteenth Day", nj.on(d("2025-06-20")).orElseThrow().name());
    }

    @Test
    void electionDayIsTheTuesdayAfterTheFirstMondayOfNovember() {
        HolidayCalendar ny = SeededLaws.newYorkHolidays();
        assertTrue(ny.on(d("2026-11-03")).isPresent());
        assertTrue(ny.on(d("2027-11-02")).isPresent());
        assertTrue(ny.on(d("2025-11-04")).isPresent());
        assertTrue(ny.on(d("2026-11-02")).isEmpty());
    }

    @Test
    void nevadaDayIsTheLastFridayOfOctober() {
        assertEquals("Nevada Day", SeededLaws.nevadaHolidays().on(d("2026-10-30")).orElseThrow().name());
        assertEquals("Nevada Day", SeededLaws.nevadaHolidays().on(d("2025-10-31")).orElseThrow().name());
    }

    @Test
    void sundayToMondayLeavesSaturdayHolidaysWhereTheyFall() {
        HolidayCalendar ca = SeededLaws.californiaHolidays();
        assertTrue(ca.on(d("2026-07-03")).isEmpty());
        assertTrue(ca.on(d("2026-07-04")).isPresent());
        assertTrue(ca.on(d("2027-07-05")).isPresent(), "4 July 2027 is a Sunday");
    }

    @Test
    void easterIsComputedForAnyYear() {
        assertEquals(d("2024-03-31"), HolidayRule.easterSunday(2024));
        assertEquals(d("2025-04-20"), HolidayRule.easterSunday(2025));
        assertEquals(d("2026-04-05"), HolidayRule.easterSunday(2026));
        assertEquals(d("2038-04-25"), HolidayRule.easterSunday(2038));
    }

    @Test
    void twoHolidaysOnOneDayKeepBothNames() {
        HolidayCalendar c = new HolidayCalendar("XX", "test");
        c.add(HolidayRule.fixed("A", 5, 4, Observance.NONE));
        c.add(HolidayRule.nthWeekday("B", 1, DayOfWeek.MONDAY, 5));
        assertEquals("A / B", c.on(d("2026-05-04")).orElseThrow().name());
    }

    @Test
    void rulesThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HolidayRule.fixed("x", 2, 30, Observance.NONE));
        assertThrows(IllegalArgumentException.class, () -> HolidayRule.nthWeekday("x", 6, DayOfWeek.MONDAY, 1));
        assertThrows(IllegalArgumentException.class, () -> HolidayRule.relativeTo("x", "x", 1));
        assertThrows(IllegalArgumentException.class,
                () -> HolidayRule.fixed("x", 1, 1, Observance.NONE).validBetween(2020, 2019));
    }

    @Test
    void aRuleReferringToAMissingHolidayYieldsNothing() {
        HolidayCalendar c = new HolidayCalendar("XX", "test");
        c.add(HolidayRule.relativeTo("Day after", "Nonexistent", 1));
        assertEquals(List.of(), c.holidaysIn(2026));
    }
}
