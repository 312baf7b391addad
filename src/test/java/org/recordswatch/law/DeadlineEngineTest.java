package org.recordswatch.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recordswatch.law.ClockEvent.ACKNOWLEDGED;
import static org.recordswatch.law.ClockEvent.APPEALED;
import static org.recordswatch.law.ClockEvent.DENIED;
import static org.recordswatch.law.ClockEvent.EXTENDED;
import static org.recordswatch.law.ClockEvent.FULFILLED;
import static org.recordswatch.law.ClockEvent.RECEIVED;
import static org.recordswatch.law.ClockEvent.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for every seeded law, computed by hand from the law's clocks and its jurisdiction's holidays
 * (docs/requests.md walks through the first of each). Day 0 is the day of receipt.
 */
class DeadlineEngineTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A request's history under one seeded law. */
    private static final class Case {
        private final Law law;
        private final HolidayCalendar holidays;
        private final List<Occurrence> events = new ArrayList<>();

        Case(String jurisdiction) {
            this.law = SeededLaws.laws().get(jurisdiction);
            this.holidays = SeededLaws.calendars().get(law.getCalendarJurisdiction());
        }

        Case on(String date, ClockEvent event) {
            events.add(Occurrence.of(event, d(date)));
            return this;
        }

        Case on(String date, ClockEvent event, String stated) {
            events.add(new Occurrence(event, d(date), d(stated)));
            return this;
        }

        List<ClockReading> readings() {
            return DeadlineEngine.evaluate(law, holidays, events);
        }

        ClockReading clock(String code) {
            return readings().stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("clock " + code + " not started"));
        }

        boolean started(String code) {
            return readings().stream().anyMatch(r -> r.code().equals(code));
        }

        Optional<LocalDate> deemedDenialOn() {
            return DeadlineEngine.deemedDenialOn(readings());
        }
    }

    private static List<String> skippedDates(ClockReading r) {
        return r.deadline().allSkipped().stream().map(s -> s.date().toString()).toList();
    }

    @Nested
    class NewMexicoIpra {

        @Test
        void fridayBeforeMartinLutherKingDaySkipsTheWeekendAndTheHoliday() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED);
            ClockReading ack = c.clock("ack");
            assertEquals(d("2026-01-22"), ack.due());
            assertEquals(List.of("2026-01-17", "2026-01-18", "2026-01-19"), skippedDates(ack));
            SkippedDay mlk = ack.deadline().skipped().get(2);
            assertEquals(SkippedDay.Reason.HOLIDAY, mlk.reason());
            assertEquals("Martin Luther King Jr. Day", mlk.holidayName());
        }

        @Test
        void fifteenCalendarDaysLandingOnASaturdayRollToMonday() {
            ClockReading produce = new Case("NM").on("2026-01-16", RECEIVED).clock("produce");
            assertEquals(d("2026-01-31"), produce.deadline().landedOn());
            assertEquals(d("2026-02-02"), produce.due());
            assertEquals(List.of("2026-01-31", "2026-02-01"), skippedDates(produce));
            assertTrue(produce.deadline().rolled());
        }

        @Test
        void withNoAnswerTheRequestIsDeemedDeniedTheDayAfterTheFifteenDays() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED);
            assertEquals(Optional.of(d("2026-02-03")), c.deemedDenialOn());
            assertTrue(c.clock("produce").isOverdue(d("2026-02-03")));
            assertFalse(c.clock("produce").isOverdue(d("2026-02-02")));
            assertEquals(10, c.clock("produce").daysOverdue(d("2026-02-12")));
        }

        @Test
        void anAcknowledgementMeetsTheThreeDayClockButNotTheFifteenDayOne() {
            Case c = new Case("NM").on("2026-03-02", RECEIVED).on("2026-03-04", ACKNOWLEDGED);
            assertEquals(ClockState.MET, c.clock("ack").state());
            assertEquals(d("2026-03-04"), c.clock("ack").endedOn());
            assertEquals(ClockState.OPEN, c.clock("produce").state());
            assertEquals(d("2026-03-17"), c.clock("produce").due());
            assertEquals(Optional.of(d("2026-03-18")), c.deemedDenialOn());
        }

        @Test
        void aBurdensomeNoticeAfterTheAcknowledgementReplacesTheFifteenDaysWithTheStatedDate() {
            Case c = new Case("NM").on("2026-03-02", RECEIVED).on("2026-03-04", ACKNOWLEDGED)
                    .on("2026-03-13", EXTENDED, "2026-04-15");
            assertEquals(ClockState.SUPERSEDED, c.clock("produce").state());
            ClockReading burdensome = c.clock("burdensome");
            assertEquals(d("2026-04-15"), burdensome.due());
            assertTrue(burdensome.deadline().isStated());
            assertEquals(Optional.empty(), c.deemedDenialOn(), "IPRA sets no deemed denial after a § 14-2-10 notice");
        }

        @Test
        void thanksgivingAndTheObservedPresidentsDayAreBothSkipped() {
            ClockReading ack = new Case("NM").on("2026-11-24", RECEIVED).clock("ack");
            assertEquals(d("2026-12-01"), ack.due());
            assertEquals(List.of("2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"), skippedDates(ack));
        }

        @Test
        void aLateProductionIsMetLate() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED).on("2026-02-10", FULFILLED);
            assertEquals(ClockState.MET, c.clock("produce").state());
            assertTrue(c.clock("produce").metLate());
            assertEquals(Optional.empty(), c.deemedDenialOn());
        }
    }

    @Nested
    class CaliforniaCpra {

        @Test
        void fridayBeforeAMondayHolidayCountsTheHolidayAsACalendarDay() {
            ClockReading determine = new Case("CA").on("2026-01-16", RECEIVED).clock("determine");
            assertEquals(d("2026-01-26"), determine.due());
            assertEquals(List.of(), determine.deadline().allSkipped());
        }

        @Test
        void tenDaysLandingOnMartinLutherKingDayRollToTuesday() {
            ClockReading determine = new Case("CA").on("2026-01-09", RECEIVED).clock("determine");
            assertEquals(d("2026-01-20"), determine.due());
            assertEquals(List.of("2026-01-19"), skippedDates(determine));
        }

        @Test
        void tenDaysLandingOnASaturdayIndependenceDayRollToMonday() {
            ClockReading determine = new Case("CA").on("2026-06-24", RECEIVED).clock("determine");
            assertEquals(d("2026-07-06"), determine.due());
            assertEquals(List.of("2026-07-04", "2026-07-05"), skippedDates(determine));
        }

        @Test
        void anExtensionAfterTheAcknowledgementAddsFourteenDaysToTheFirstPeriod() {
            Case c = new Case("CA").on("2026-01-16", RECEIVED).on("2026-01-20", ACKNOWLEDGED)
                    .on("2026-01-22", EXTENDED);
            assertEquals(ClockState.MET, c.clock("determine").state());
            ClockReading unusual = c.clock("unusual");
            assertEquals(d("2026-01-26"), unusual.deadline().start());
            assertEquals(d("2026-02-09"), unusual.due());
        }

        @Test
        void anExtensionWithoutAcknowledgementReplacesTheFirstPeriod() {
            Case c = new Case("CA").on("2026-01-16", RECEIVED).on("2026-01-23", EXTENDED);
            assertEquals(ClockState.SUPERSEDED, c.clock("determine").state());
            assertEquals(d("2026-02-09"), c.clock("unusual").due());
        }

        @Test
        void theCpraHasNoDeemedDenial() {
            Case c = new Case("CA").on("2026-01-16", RECEIVED);
            assertTrue(c.clock("determine").isOverdue(d("2026-03-01")));
            assertEquals(Optional.empty(), c.deemedDenialOn());
        }
    }

    @Nested
    class WashingtonPra {

        @Test
        void fridayBeforeMemorialDayGivesTheFollowingMonday() {
            ClockReading respond = new Case("WA").on("2026-05-22", RECEIVED).clock("respond");
            assertEquals(d("2026-06-01"), respond.due());
            assertEquals(List.of("2026-05-23", "2026-05-24", "2026-05-25", "2026-05-30", "2026-05-31"),
                    skippedDates(respond));
        }

        @Test
        void aRequestArrivingOnASaturdayCountsFromTheNextBusinessDay() {
            ClockReading respond = new Case("WA").on("2026-07-04", RECEIVED).clock("respond");
            assertEquals(d("2026-07-04"), respond.startedOn());
            assertEquals(d("2026-07-06"), respond.deadline().start());
            assertEquals(d("2026-07-13"), respond.due());
        }

        @Test
        void aRevisedDateAfterTheAcknowledgementReplacesTheEstimate() {
            Case c = new Case("WA").on("2026-05-22", RECEIVED).on("2026-05-26", ACKNOWLEDGED, "2026-06-30");
            assertEquals(ClockState.MET, c.clock("respond").state());
            assertEquals(d("2026-06-30"), c.clock("estimate").due());
            c.on("2026-06-29", EXTENDED, "2026-07-31");
            assertEquals(ClockState.SUPERSEDED, c.clock("estimate").state());
            assertEquals(d("2026-07-31"), c.clock("revised").due());
            assertEquals(Optional.empty(), c.deemedDenialOn());
        }

        @Test
        void anAcknowledgementWithoutAnEstimateHasNoDate() {
            ClockReading estimate = new Case("WA").on("2026-05-22", RECEIVED).on("2026-05-26", ACKNOWLEDGED)
                    .clock("estimate");
            assertNull(estimate.deadline());
            assertFalse(estimate.isOverdue(d("2027-01-01")));
        }
    }

    @Nested
    class NewYorkFoil {

        @Test
        void fridayBeforeColumbusDayGivesFiveBusinessDaysAfterTheHoliday() {
            ClockReading ack = new Case("NY").on("2026-10-09", RECEIVED).clock("ack");
            assertEquals(d("2026-10-19"), ack.due());
            assertEquals("Columbus Day", ack.deadline().skipped().get(2).holidayName());
        }

        @Test
        void twentyBusinessDaysAfterTheAcknowledgementSkipElectionDayAndVeteransDay() {
            ClockReading grant = new Case("NY").on("2026-10-09", RECEIVED).on("2026-10-15", ACKNOWLEDGED)
                    .clock("grant");
            assertEquals(d("2026-10-15"), grant.deadline().start());
            assertEquals(d("2026-11-16"), grant.due());
            assertTrue(grant.deadline().holidaysSkipped().stream()
                    .anyMatch(s -> s.holidayName().equals("General Election Day")));
            assertTrue(grant.deadline().holidaysSkipped().stream()
                    .anyMatch(s -> s.holidayName().equals("Veterans Day")));
        }

        @Test
        void aDateCertainAfterTheAcknowledgementReplacesTheTwentyDays() {
            Case c = new Case("NY").on("2026-10-09", RECEIVED).on("2026-10-15", ACKNOWLEDGED)
                    .on("2026-11-10", EXTENDED, "2026-12-18");
            assertEquals(ClockState.SUPERSEDED, c.clock("grant").state());
            assertEquals(d("2026-12-18"), c.clock("date_certain").due());
        }

        @Test
        void theThirtyDaysToAppealLandingOnASundayRollToMonday() {
            ClockReading appeal = new Case("NY").on("2026-10-09", RECEIVED).on("2026-10-30", DENIED)
                    .clock("appeal");
            assertEquals(d("2026-11-29"), appeal.deadline().landedOn());
            assertEquals(d("2026-11-30"), appeal.due());
        }

        @Test
        void theAppealDecisionSkipsThanksgiving() {
            Case c = new Case("NY").on("2026-10-09", RECEIVED).on("2026-10-30", DENIED).on("2026-11-20", APPEALED);
            assertEquals(ClockState.MET, c.clock("appeal").state());
            assertEquals(d("2026-12-07"), c.clock("appeal_decision").due());
        }

        @Test
        void noDeemedDenialDateIsComputedBecauseTheRuleIsUncertain() {
            assertEquals(Optional.empty(), new Case("NY").on("2026-10-09", RECEIVED).deemedDenialOn());
        }
    }

    @Nested
    class NevadaPublicRecords {

        @Test
        void fridayBeforeLaborDayGivesTheMondayAfterNext() {
            assertEquals(d("2026-09-14"), new Case("NV").on("2026-09-04", RECEIVED).clock("respond").due());
        }

        @Test
        void nevadaDayIsSkipped() {
            ClockReading respond = new Case("NV").on("2026-10-29", RECEIVED).clock("respond");
            assertEquals(d("2026-11-06"), respond.due());
            assertEquals("Nevada Day", respond.deadline().skipped().get(0).holidayName());
        }

        @Test
        void aLaterDateAfterTheAcknowledgementReplacesTheEarliestDate() {
            Case c = new Case("NV").on("2026-09-04", RECEIVED).on("2026-09-10", ACKNOWLEDGED, "2026-09-30")
                    .on("2026-09-29", EXTENDED, "2026-10-15");
            assertEquals(ClockState.SUPERSEDED, c.clock("earliest").state());
            assertEquals(d("2026-10-15"), c.clock("later").due());
            assertEquals(Optional.empty(), c.deemedDenialOn());
        }
    }

    @Nested
    class NewJerseyOpra {

        @Test
        void fridayBeforeWashingtonsBirthdayGivesSevenBusinessDaysAndThenDeemedDenial() {
            Case c = new Case("NJ").on("2026-02-13", RECEIVED);
            assertEquals(d("2026-02-25"), c.clock("respond").due());
            assertEquals(Optional.of(d("2026-02-26")), c.deemedDenialOn());
        }

        @Test
        void goodFridayIsSkipped() {
            ClockReading respond = new Case("NJ").on("2026-04-02", RECEIVED).clock("respond");
            assertEquals(d("2026-04-14"), respond.due());
            assertEquals("Good Friday", respond.deadline().skipped().get(0).holidayName());
        }

        @Test
        void aBareAcknowledgementDoesNotStopTheDeemedDenialButAnExtensionDoes() {
            Case c = new Case("NJ").on("2026-02-13", RECEIVED).on("2026-02-17", ACKNOWLEDGED);
            assertEquals(Optional.of(d("2026-02-26")), c.deemedDenialOn());
            c.on("2026-02-20", EXTENDED, "2026-03-13");
            assertEquals(ClockState.MET, c.clock("respond").state());
            assertEquals(d("2026-03-13"), c.clock("extended").due());
            assertEquals(Optional.empty(), c.deemedDenialOn());
        }
    }

    @Nested
    class FederalFoia {

        @Test
        void fridayBeforeMartinLutherKingDayGivesTwentyWorkingDaysPastWashingtonsBirthday() {
            Case c = new Case("US").on("2026-01-16", RECEIVED);
            ClockReading determine = c.clock("determine");
            assertEquals(d("2026-02-17"), determine.due());
            assertEquals(List.of("Birthday of Martin Luther King, Jr.", "Washington's Birthday"),
                    determine.deadline().holidaysSkipped().stream().map(SkippedDay::holidayName).toList());
            assertEquals(Optional.of(d("2026-02-18")), c.deemedDenialOn(), "constructive exhaustion");
            assertEquals(d("2026-01-26"), c.clock("tracking").due());
        }

        @Test
        void unusualCircumstancesAfterAcknowledgementAddTenWorkingDaysToTheFirstPeriod() {
            Case c = new Case("US").on("2026-01-16", RECEIVED).on("2026-01-22", ACKNOWLEDGED)
                    .on("2026-02-10", EXTENDED);
            assertEquals(ClockState.MET, c.clock("tracking").state());
            assertEquals(ClockState.SUPERSEDED, c.clock("determine").state());
            assertEquals(d("2026-03-03"), c.clock("unusual").due());
            assertEquals(Optional.of(d("2026-03-04")), c.deemedDenialOn());
        }

        @Test
        void theTrackingNumberClockDoesNotRollOffAWeekend() {
            ClockReading tracking = new Case("US").on("2026-01-14", RECEIVED).clock("tracking");
            assertEquals(d("2026-01-24"), tracking.due());
        }

        @Test
        void ninetyDaysToAppealLandingOnASundayRollToMonday() {
            ClockReading appeal = new Case("US").on("2026-01-16", RECEIVED).on("2026-03-02", DENIED).clock("appeal");
            assertEquals(d("2026-05-31"), appeal.deadline().landedOn());
            assertEquals(d("2026-06-01"), appeal.due());
        }

        @Test
        void aYearEndRequestSkipsChristmasNewYearAndTheDayOfMourning() {
            ClockReading determine = new Case("US").on("2024-12-20", RECEIVED).clock("determine");
            assertEquals(d("2025-01-23"), determine.due());
            assertEquals(4, determine.deadline().holidaysSkipped().size());
        }
    }

    @Nested
    class Engine {

        @Test
        void clocksWhoseEventHasNotHappenedAreNotReported() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED);
            assertFalse(c.started("burdensome"));
            assertEquals(List.of("ack", "produce"), c.readings().stream().map(ClockReading::code).toList());
        }

        @Test
        void aWithdrawalStopsEveryOpenClock() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED).on("2026-01-20", WITHDRAWN);
            assertEquals(ClockState.STOPPED, c.clock("ack").state());
            assertEquals(ClockState.STOPPED, c.clock("produce").state());
            assertEquals(Optional.empty(), c.deemedDenialOn());
            assertEquals(Optional.empty(), DeadlineEngine.next(c.readings()));
        }

        @Test
        void aSecondExtensionRestartsTheExtensionClock() {
            Case c = new Case("NM").on("2026-03-02", RECEIVED).on("2026-03-13", EXTENDED, "2026-04-15")
                    .on("2026-04-14", EXTENDED, "2026-05-15");
            assertEquals(d("2026-05-15"), c.clock("burdensome").due());
            assertEquals(d("2026-04-14"), c.clock("burdensome").startedOn());
        }

        @Test
        void theNextDeadlineIsTheEarliestOpenOne() {
            Case c = new Case("NM").on("2026-01-16", RECEIVED);
            assertEquals("ack", DeadlineEngine.next(c.readings()).orElseThrow().code());
            c.on("2026-01-20", ACKNOWLEDGED);
            assertEquals("produce", DeadlineEngine.next(c.readings()).orElseThrow().code());
        }

        @Test
        void aLawWithoutHolidaysOnlySkipsWeekends() {
            Law law = SeededLaws.laws().get("NM");
            List<ClockReading> r = DeadlineEngine.evaluate(law, Holidays.NONE,
                    List.of(Occurrence.of(RECEIVED, d("2026-01-16"))));
            assertEquals(d("2026-01-21"), r.get(0).due());
        }
    }
}
