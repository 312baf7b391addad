package org.recordswatch.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.law.ClockState;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.HolidayCalendar;
import org.recordswatch.law.Law;
import org.recordswatch.law.SeededLaws;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.Role;

/** The request aggregate: its workflow, its clocks under a real law, the deadline-change log and denial checks. */
class RecordsRequestTest {

    private static final LocalDate FRI = LocalDate.parse("2026-01-16");
    private Law ipra;
    private HolidayCalendar nm;
    private RecordsRequest request;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Actor on(String today) {
        return new Actor("ana", Role.ADVOCATE, Instant.parse(today + "T15:00:00Z"), d(today));
    }

    @BeforeEach
    void setUp() {
        ipra = SeededLaws.laws().get("NM");
        nm = SeededLaws.calendars().get("NM");
        Campaign campaign = new Campaign(new Organization("Somos", null), "ana", 1L, Instant.parse("2026-01-15T10:00:00Z"));
        campaign.describe("Data sharing with ICE", null, "Dear {{custodian}}", "emails", null, null, "Ana", null, "en");
        Agency agency = new Agency(new AgencyCode("nm_doh"), "Department of Health", Side.STATE, "NM");
        request = new RecordsRequest(campaign, agency, ipra, "IPRA request", "Dear custodian", Instant.now());
    }

    private void submitOnFriday() {
        Actor a = on("2026-01-16");
        request.submit(FRI, a, null);
        request.recomputeDeadlines(nm, a, "deadline.reason.SUBMITTED", null);
    }

    @Test
    void aDraftHasNoDeadlinesAndItsClocksStartOnSubmission() {
        assertEquals(RequestStatus.DRAFT, request.getStatus());
        assertTrue(request.getDeadlines().isEmpty());
        submitOnFriday();
        assertEquals(RequestStatus.SUBMITTED, request.getStatus());
        assertEquals(List.of("ack", "produce"), request.getDeadlines().stream().map(RequestDeadline::getClockCode)
                .toList());
        assertEquals(d("2026-01-22"), request.getNextDueOn());
        assertEquals(d("2026-02-03"), request.getDeemedDenialOn());
        assertTrue(request.getDeadlineChanges().isEmpty(), "the first computation is not a change");
    }

    @Test
    void theStoredExplanationNamesTheSkippedHoliday() {
        submitOnFriday();
        RequestDeadline ack = request.firstDeadline().orElseThrow();
        assertEquals("Martin Luther King Jr. Day", ack.getDeadline().holidaysSkipped().get(0).holidayName());
    }

    @Test
    void aStepTheWorkflowDoesNotAllowIsRefused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> request.acknowledge(FRI, null, on("2026-01-20"), null));
        assertEquals("request.transitionNotAllowed", e.messageKey());
        submitOnFriday();
        request.fulfil(d("2026-01-20"), on("2026-01-20"), null);
        assertThrows(BusinessException.class, () -> request.extend(d("2026-01-21"), null, on("2026-01-21"), null));
    }

    @Test
    void datesInTheFutureOrBeforeTheReceiptOrThePreviousStepAreRefused() {
        assertEquals("request.dateInFuture", assertThrows(BusinessException.class,
                () -> request.submit(d("2026-01-17"), on("2026-01-16"), null)).messageKey());
        submitOnFriday();
        assertEquals("request.dateBeforeReceipt", assertThrows(BusinessException.class,
                () -> request.acknowledge(d("2026-01-15"), null, on("2026-01-20"), null)).messageKey());
        request.acknowledge(d("2026-01-20"), null, on("2026-01-20"), null);
        assertEquals("request.dateBeforePrevious", assertThrows(BusinessException.class,
                () -> request.extend(d("2026-01-19"), null, on("2026-01-20"), null)).messageKey());
        assertEquals("request.statedDateBeforeDate", assertThrows(BusinessException.class,
                () -> request.extend(d("2026-01-21"), d("2026-01-20"), on("2026-01-21"), null)).messageKey());
    }

    @Test
    void anExtensionLogsTheReplacedDeadlineAndTheNewOneWithWhoAndWhy() {
        submitOnFriday();
        Actor a = on("2026-01-27");
        request.acknowledge(d("2026-01-20"), null, on("2026-01-20"), null);
        request.recomputeDeadlines(nm, on("2026-01-20"), "deadline.reason.ACKNOWLEDGED", null);
        assertTrue(request.getDeadlineChanges().isEmpty(), "meeting a deadline is not a change");
        request.extend(d("2026-01-27"), d("2026-03-02"), a, "burdensome: 40 boxes");
        List<DeadlineChange> changes = request.recomputeDeadlines(nm, a, "deadline.reason.EXTENDED", "burdensome: 40 boxes");
        assertEquals(2, changes.size());
        DeadlineChange replaced = changes.stream().filter(c -> c.getClockCode().equals("produce")).findFirst()
                .orElseThrow();
        assertEquals(d("2026-02-02"), replaced.getPreviousDueOn());
        assertEquals(ClockState.SUPERSEDED, replaced.getNewState());
        assertEquals("ana", replaced.getChangedBy());
        assertEquals("deadline.reason.EXTENDED", replaced.getReasonKey());
        assertEquals("burdensome: 40 boxes", replaced.getNote());
        DeadlineChange added = changes.stream().filter(c -> c.getClockCode().equals("burdensome")).findFirst()
                .orElseThrow();
        assertNull(added.getPreviousDueOn());
        assertEquals(d("2026-03-02"), added.getNewDueOn());
        assertEquals(d("2026-03-02"), request.getNextDueOn());
        assertNull(request.getDeemedDenialOn());
    }

    @Test
    void aDenialWithoutTheNamesOfTheResponsiblePersonsIsFlagged() {
        submitOnFriday();
        RequestTransition t = request.deny(d("2026-01-30"), new DenialDetails("all e-mails with ICE", null,
                "law enforcement records", null, null, null), on("2026-01-30"), null);
        assertEquals(Set.of(DenialElement.RESPONSIBLE_PERSONS), t.getMissingElements());
        assertEquals(d("2026-01-30"), request.getCompletedOn());
    }

    @Test
    void deemedDenialAndDamagesCountFromTheDayAfterTheFifteenDays() {
        submitOnFriday();
        assertFalse(request.isDeemedDenied(d("2026-02-02")));
        assertTrue(request.isDeemedDenied(d("2026-02-03")));
        assertEquals(Optional.of(new BigDecimal("1000.00")), request.damagesCap(d("2026-02-12")));
        assertEquals(10, request.daysOverdue(d("2026-02-01")));
    }

    @Test
    void firstResponseAndCompletionAreMeasuredSeparately() {
        submitOnFriday();
        request.acknowledge(d("2026-01-21"), null, on("2026-01-21"), null);
        request.fulfilPartially(d("2026-02-10"), null, on("2026-02-10"), null);
        request.fulfil(d("2026-03-02"), on("2026-03-02"), null);
        assertEquals(Optional.of(5L), request.daysToFirstResponse());
        assertEquals(Optional.of(45L), request.daysToCompletion());
    }

    @Test
    void aLetterCanOnlyBeRewrittenWhileDraft() {
        request.writeLetter("New subject", "New text");
        assertEquals("New text", request.getLetterText());
        submitOnFriday();
        assertEquals("request.notDraft", assertThrows(BusinessException.class,
                () -> request.writeLetter("x", "y")).messageKey());
    }

    @Test
    void withoutALawThereAreNoDeadlines() {
        RecordsRequest noLaw = new RecordsRequest(request.getCampaign(), request.getAgency(), null, "s", "t",
                Instant.now());
        noLaw.submit(FRI, on("2026-01-16"), null);
        noLaw.recomputeDeadlines(null, on("2026-01-16"), "deadline.reason.SUBMITTED", null);
        assertTrue(noLaw.getDeadlines().isEmpty());
        assertNull(noLaw.getNextDueOn());
    }
}
