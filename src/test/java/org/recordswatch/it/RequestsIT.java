package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.AccountForm;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.agency.Side;
import org.recordswatch.law.ClockEvent;
import org.recordswatch.law.ClockKind;
import org.recordswatch.law.ClockState;
import org.recordswatch.law.DayCount;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.HolidayCalendar;
import org.recordswatch.law.HolidayKind;
import org.recordswatch.law.Law;
import org.recordswatch.law.LawService;
import org.recordswatch.law.LawService.ClockForm;
import org.recordswatch.law.LawService.LawForm;
import org.recordswatch.law.LawService.RuleForm;
import org.recordswatch.law.Observance;
import org.recordswatch.law.ReceiptRule;
import org.recordswatch.law.Roll;
import org.recordswatch.law.SeededLaws;
import org.recordswatch.law.StatutoryClock;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.mail.OutboxMessage;
import org.recordswatch.platform.notification.NotificationService;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CalendarFeedService;
import org.recordswatch.request.CalendarFeeds;
import org.recordswatch.request.CampaignForm;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.DeadlineChange;
import org.recordswatch.request.DeadlineReminders;
import org.recordswatch.request.DenialDetails;
import org.recordswatch.request.OutboxService;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestDeadline;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;
import org.recordswatch.request.RequestTransition;
import org.recordswatch.request.TransitionForm;

/**
 * Campaigns, requests, laws and the agency directory in the container, against MariaDB: fan-out under each agency's
 * law, the workflow and its clocks, scoping for every role (with refusals audited), the board, reminders, the
 * calendar feed, law edits that recompute open requests, and the directory's CSV import. The day is fixed with
 * {@link TestClock}.
 */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    private static final LocalDate RECEIVED = LocalDate.parse("2026-01-16");
    private static final String NM = "NM";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(RequestsIT.class, TestClock.class, SeededLaws.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    AgencyService agencies;

    @Inject
    LawService laws;

    @Inject
    CampaignService campaigns;

    @Inject
    RequestService requests;

    @Inject
    OutboxService outbox;

    @Inject
    CalendarFeedService feedService;

    @Inject
    CalendarFeeds feeds;

    @Inject
    DeadlineReminders reminders;

    @Inject
    NotificationService notifications;

    @PersistenceContext
    EntityManager em;

    private static String suffix;
    private static Caller admin;
    private static Caller advA;
    private static Caller advB;
    private static Caller advX;
    private static Caller analyst;
    private static Caller officerDoh;

    @BeforeEach
    void fixture() {
        TestClock.set(RECEIVED);
        if (suffix != null) {
            return;
        }
        suffix = UUID.randomUUID().toString().substring(0, 6);
        admin = directory.findByUsername("admin").orElseThrow().toCaller();
        TestCallers.actAs(admin);
        String coalition = "Coalition " + suffix;
        Organization a = accounts.createOrganization("Org A " + suffix, coalition);
        Organization b = accounts.createOrganization("Org B " + suffix, coalition);
        Organization x = accounts.createOrganization("Org X " + suffix, null);
        advA = user("ana", Role.ADVOCATE, a.getId(), null);
        advB = user("bea", Role.ADVOCATE, b.getId(), null);
        advX = user("xul", Role.ADVOCATE, x.getId(), null);
        analyst = user("ada", Role.ANALYST, a.getId(), null);
        officerDoh = user("olga", Role.RECORDS_OFFICER, null, agencyId("nm_doh"));
        TestCallers.reset();
    }

    private Caller user(String name, Role role, Long org, Long agency) {
        String username = name + suffix;
        accounts.create(new AccountForm(username, name, username + "@example.org", role, org, agency),
                "a long enough passphrase".toCharArray());
        return directory.findByUsername(username).orElseThrow().toCaller();
    }

    private long agencyId(String code) {
        return em.createQuery("SELECT a.id FROM Agency a WHERE a.code.value = :c", Long.class).setParameter("c", code)
                .getSingleResult();
    }

    private List<Long> newMexicoAgencies() {
        return em.createQuery("SELECT a.id FROM Agency a WHERE a.jurisdiction = :j ORDER BY a.name", Long.class)
                .setParameter("j", NM).getResultList();
    }

    @AfterEach
    void reset() {
        TestCallers.reset();
        TestClock.reset();
    }

    private Campaign campaign(Caller as, boolean shared, List<Long> agencyIds) {
        TestCallers.actAs(as);
        return campaigns.create(new CampaignForm("Data shared with ICE " + UUID.randomUUID(), "2019 coalition",
                "Dear {{custodian}},\n\nUnder the {{statute}} ({{citation}}), {{agency}}: {{records}}",
                "E-mails with immigration authorities", LocalDate.parse("2019-07-01"),
                LocalDate.parse("2019-12-31"), "Ana Advocate", "ana@example.org", "en", shared, null), agencyIds);
    }

    private List<RecordsRequest> sentCampaign(Caller as, boolean shared, List<Long> agencyIds) {
        Campaign c = campaign(as, shared, agencyIds);
        campaigns.sendDrafts(c.getId(), RECEIVED, true);
        return campaigns.requests(c.getId());
    }

    private RecordsRequest ofAgency(List<RecordsRequest> rs, String code) {
        return rs.stream().filter(r -> r.getAgency().getCode().value().equals(code)).findFirst().orElseThrow();
    }

    private long deniedAudits(Caller who, String type, long id) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :a AND e.targetType = :t "
                + "AND e.targetId = :i AND e.outcome = 'DENIED'", Long.class)
                .setParameter("a", who.username()).setParameter("t", type).setParameter("i", String.valueOf(id))
                .getSingleResult();
    }

    // ------------------------------------------------------------------------------------------------- laws

    @Test
    void theSeededLawsInTheDatabaseAreTheOnesTheWorkedExamplesUse() {
        TestCallers.actAs(advA);
        Map<String, Law> expected = SeededLaws.laws();
        for (Law law : laws.laws()) {
            Law e = expected.get(law.getJurisdiction());
            if (e == null) {
                continue; // a law another test added
            }
            assertEquals(e.getCode(), law.getCode());
            assertEquals(e.getDenialElements(), law.getDenialElements());
            assertEquals(e.getReceiptRule(), law.getReceiptRule());
            assertEquals(e.getClocks().size(), law.getClocks().size(), law.getCode());
            for (int i = 0; i < e.getClocks().size(); i++) {
                StatutoryClock want = e.getClocks().get(i);
                StatutoryClock got = law.getClocks().get(i);
                String where = law.getCode() + "/" + want.getCode();
                assertEquals(want.getCode(), got.getCode(), where);
                assertEquals(want.getLength(), got.getLength(), where);
                assertEquals(want.getUnit(), got.getUnit(), where);
                assertEquals(want.getStartsOn(), got.getStartsOn(), where);
                assertEquals(want.getCountFrom(), got.getCountFrom(), where);
                assertEquals(want.getRoll(), got.getRoll(), where);
                assertEquals(want.getMetBy(), got.getMetBy(), where);
                assertEquals(want.getSupersededBy(), got.getSupersededBy(), where);
                assertEquals(want.isDeemedDenial(), got.isDeemedDenial(), where);
            }
        }
        for (HolidayCalendar e : SeededLaws.calendars().values()) {
            for (int year = 2024; year <= 2027; year++) {
                assertEquals(e.holidaysIn(year), laws.holidays(e.getJurisdiction(), year),
                        e.getJurisdiction() + " " + year);
            }
        }
        Law ipra = laws.lawFor(NM).orElseThrow();
        assertEquals(LocalDate.parse("2026-01-22"), laws.preview(ipra.getId(), RECEIVED).get(0).due());
    }

    @Test
    void onlyAdminsChangeLaws() {
        TestCallers.actAs(advA);
        long lawId = laws.lawFor(NM).orElseThrow().getId();
        assertThrows(AccessDeniedException.class, () -> laws.removeClock(lawId, "ack"));
    }

    @Test
    void anAdminEditingAClockOrAHolidayRecomputesOpenRequestsAndLogsWhoAndWhy() {
        String j = ("Z" + suffix.substring(0, 4)).toUpperCase();
        TestCallers.actAs(admin);
        laws.createCalendar(j, "Test calendar " + j);
        Law law = laws.saveLaw(null, new LawForm("zz_" + suffix.substring(0, 5), j, "Test Records Act", "TRA",
                "Test Code § 1", null, null, j, ReceiptRule.SAME_DAY, Set.of(DenialElement.REASON), null, null, null));
        laws.saveClock(law.getId(), null, new ClockForm("respond", "Respond", ClockKind.DETERMINE, 5,
                DayCount.BUSINESS_DAYS, ClockEvent.RECEIVED, null, Roll.NONE, ClockEvent.ANY_RESPONSE, Set.of(),
                false, "§ 1", null, false));
        TestCallers.actAs(advA);
        Agency agency = agencies.create(new AgencyForm("zz_agency_" + suffix, "Test Agency " + suffix, Side.STATE, j,
                List.of(), null, null, null, null, null, null, null));
        RecordsRequest r = sentCampaign(advA, false, List.of(agency.getId())).get(0);
        assertEquals(LocalDate.parse("2026-01-23"), r.getNextDueOn(), "5 business days, no holidays yet");

        TestCallers.actAs(admin);
        laws.saveClock(law.getId(), "respond", new ClockForm("respond", "Respond", ClockKind.DETERMINE, 10,
                DayCount.BUSINESS_DAYS, ClockEvent.RECEIVED, null, Roll.NONE, ClockEvent.ANY_RESPONSE, Set.of(),
                false, "§ 1", null, false));
        laws.saveRule(j, null, new RuleForm("Founders Day", HolidayKind.NTH_WEEKDAY, 1, null, DayOfWeek.TUESDAY, 4,
                null, null, Observance.NONE, null, null, null));

        TestCallers.actAs(advA);
        RecordsRequest after = requests.request(r.getId());
        assertEquals(LocalDate.parse("2026-02-02"), after.getNextDueOn(), "10 business days, 27 Jan skipped");
        List<DeadlineChange> changes = requests.deadlineChanges(r.getId());
        assertEquals(2, changes.size());
        assertEquals("law.changed.clock", changes.get(0).getReasonKey());
        assertEquals(LocalDate.parse("2026-01-23"), changes.get(0).getPreviousDueOn());
        assertEquals(LocalDate.parse("2026-01-30"), changes.get(0).getNewDueOn());
        assertEquals("law.changed.holidays", changes.get(1).getReasonKey());
        assertEquals(admin.username(), changes.get(1).getChangedBy());
        RequestDeadline d = requests.deadlines(r.getId()).get(0);
        assertEquals("Founders Day", d.getDeadline().holidaysSkipped().get(0).holidayName());
    }

    // ---------------------------------------------------------------------------------------- campaigns

    @Test
    void aCampaignToTheFiveNewMexicoAgenciesFansOutUnderIpraAndNothingSentIsDropped() {
        List<Long> nm = newMexicoAgencies();
        assertTrue(nm.size() >= 5, "the seed has the five NM agencies");
        Campaign c = campaign(advA, false, nm);
        List<RecordsRequest> drafts = campaigns.requests(c.getId());
        assertEquals(nm.size(), drafts.size());
        for (RecordsRequest r : drafts) {
            assertEquals(RequestStatus.DRAFT, r.getStatus());
            assertEquals("nm_ipra", r.getLaw().getCode());
            assertTrue(r.getLetterText().contains(r.getAgency().getName()), r.getLetterText());
            assertTrue(r.getLetterText().contains("NMSA 1978"), r.getLetterText());
        }
        long heldBefore = outbox.count(OutboxMessage.Status.HELD);
        assertEquals(nm.size(), campaigns.sendDrafts(c.getId(), RECEIVED, true));
        for (RecordsRequest r : campaigns.requests(c.getId())) {
            assertEquals(RequestStatus.SUBMITTED, r.getStatus());
            RequestDeadline first = requests.deadlines(r.getId()).get(0);
            assertEquals(LocalDate.parse("2026-01-22"), first.getDueOn(), r.getAgency().getName());
            assertEquals(LocalDate.parse("2026-02-03"), r.getDeemedDenialOn());
        }
        assertEquals(heldBefore + nm.size(), outbox.count(OutboxMessage.Status.HELD),
                "without SMTP every letter is held in the outbox");
        OutboxMessage m = outbox.page(OutboxMessage.Status.HELD, 0, 1).get(0);
        assertTrue(m.hasAttachment());
        assertTrue(new String(outbox.attachment(m.getId()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("%PDF"));
    }

    @Test
    void anotherOrganizationsAdvocateSeesNothingOfACampaignAndTheProbesAreAudited() {
        List<RecordsRequest> rs = sentCampaign(advA, false, newMexicoAgencies());
        long campaignId = rs.get(0).getCampaign().getId();
        long requestId = rs.get(0).getId();
        TestCallers.actAs(advX);
        assertThrows(NotFoundException.class, () -> campaigns.campaign(campaignId));
        assertThrows(NotFoundException.class, () -> requests.request(requestId));
        assertThrows(NotFoundException.class, () -> requests.deadlines(requestId));
        assertThrows(NotFoundException.class, () -> requests.letterPdf(requestId));
        assertThrows(NotFoundException.class, () -> requests.record(requestId,
                new TransitionForm(RequestStatus.WITHDRAWN, RECEIVED, null, null, null)));
        assertThrows(NotFoundException.class, () -> requests.exportCsv(List.of(requestId), null));
        assertEquals(0, requests.count(RequestFilter.ofCampaign(campaignId)));
        assertTrue(requests.search(RequestFilter.all(), 0, 500).stream().noneMatch(r -> r.getId() == requestId));
        assertTrue(campaigns.campaigns(null, 0, 500).stream().noneMatch(c -> c.getId() == campaignId));
        assertTrue(campaigns.suggest("ICE").stream().noneMatch(c -> c.getId() == campaignId));
        assertTrue(deniedAudits(advX, "campaign", campaignId) >= 1);
        assertTrue(deniedAudits(advX, "records_request", requestId) >= 4);
    }

    @Test
    void sharingWithTheCoalitionLetsPartnerAdvocatesTrackTheRequests() {
        List<RecordsRequest> own = sentCampaign(advA, false, List.of(agencyId("nm_mvd")));
        List<RecordsRequest> shared = sentCampaign(advA, true, List.of(agencyId("nm_mvd")));
        TestCallers.actAs(advB);
        assertThrows(NotFoundException.class, () -> requests.request(own.get(0).getId()));
        RecordsRequest r = requests.record(shared.get(0).getId(),
                new TransitionForm(RequestStatus.ACKNOWLEDGED, RECEIVED, null, "partner recorded it", null));
        assertEquals(RequestStatus.ACKNOWLEDGED, r.getStatus());
        assertThrows(NotFoundException.class, () -> campaigns.update(shared.get(0).getCampaign().getId(),
                new CampaignForm("x", null, "y", null, null, null, "z", null, "en", true, null)),
                "only the owning organization edits the campaign itself");
        TestCallers.actAs(advX);
        assertThrows(NotFoundException.class, () -> requests.request(shared.get(0).getId()));
    }

    @Test
    void aRecordsOfficerSeesOnlyTheirAgencysSubmittedRequestsAndRecordsItsAnswers() {
        Campaign draft = campaign(advA, false, List.of(agencyId("nm_doh")));
        long draftId = campaigns.requests(draft.getId()).get(0).getId();
        List<RecordsRequest> sent = sentCampaign(advA, false, newMexicoAgencies());
        RecordsRequest doh = ofAgency(sent, "nm_doh");
        RecordsRequest hsd = ofAgency(sent, "nm_hsd");
        TestClock.set(LocalDate.parse("2026-01-21"));

        TestCallers.actAs(officerDoh);
        assertThrows(NotFoundException.class, () -> requests.request(draftId), "a draft is not addressed yet");
        assertThrows(NotFoundException.class, () -> requests.request(hsd.getId()));
        assertThrows(AccessDeniedException.class, () -> campaigns.campaign(doh.getCampaign().getId()));
        List<RecordsRequest> visible = requests.search(RequestFilter.all(), 0, 500);
        assertFalse(visible.isEmpty());
        assertTrue(visible.stream().allMatch(r -> r.getAgency().getCode().value().equals("nm_doh")
                && r.getStatus() != RequestStatus.DRAFT));
        RecordsRequest acked = requests.record(doh.getId(), new TransitionForm(RequestStatus.ACKNOWLEDGED,
                LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-27"), "we are searching", null));
        assertEquals(RequestStatus.ACKNOWLEDGED, acked.getStatus());
        assertEquals(officerDoh.username(), requests.transitions(doh.getId()).get(1).getRecordedBy());
        assertThrows(NotFoundException.class, () -> requests.record(doh.getId(),
                new TransitionForm(RequestStatus.WITHDRAWN, LocalDate.parse("2026-01-20"), null, null, null)),
                "withdrawing is the requester's step");
        assertThrows(AccessDeniedException.class, () -> requests.remind(List.of(doh.getId())));
        assertTrue(requests.correspondence(doh.getId()).stream().noneMatch(k -> k.isInternal()));
    }

    @Test
    void analystsReadCampaignsAndRequestsButChangeNothing() {
        List<RecordsRequest> rs = sentCampaign(advA, false, List.of(agencyId("nm_dws")));
        TestCallers.actAs(analyst);
        assertNotNull(campaigns.campaign(rs.get(0).getCampaign().getId()));
        assertNotNull(requests.request(rs.get(0).getId()));
        assertThrows(AccessDeniedException.class, () -> requests.record(rs.get(0).getId(),
                new TransitionForm(RequestStatus.ACKNOWLEDGED, RECEIVED, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> campaigns.create(new CampaignForm("t", null, "x", null, null,
                null, "r", null, "en", false, null), List.of(agencyId("nm_dws"))));
        assertThrows(AccessDeniedException.class, () -> agencies.create(new AgencyForm("zz_no_" + suffix, "No",
                Side.STATE, "NM", List.of(), null, null, null, null, null, null, null)));
    }

    // ----------------------------------------------------------------------------------------- workflow

    @Test
    void eachStepRecomputesTheClocksAndADenialFlagsWhatTheLawRequiresButTheLetterLacks() {
        RecordsRequest r = ofAgency(sentCampaign(advA, false, newMexicoAgencies()), "nm_cd_ppd");
        TestClock.set(LocalDate.parse("2026-02-20"));
        TestCallers.actAs(advA);
        requests.record(r.getId(), new TransitionForm(RequestStatus.ACKNOWLEDGED, LocalDate.parse("2026-01-21"),
                null, null, null));
        requests.record(r.getId(), new TransitionForm(RequestStatus.EXTENDED, LocalDate.parse("2026-01-28"),
                LocalDate.parse("2026-03-13"), "excessively burdensome", null));
        List<RequestDeadline> ds = requests.deadlines(r.getId());
        assertEquals(ClockState.MET, ds.get(0).getState());
        assertEquals(ClockState.SUPERSEDED, ds.get(1).getState());
        assertEquals(LocalDate.parse("2026-03-13"), ds.get(2).getDueOn());
        List<DeadlineChange> log = requests.deadlineChanges(r.getId());
        assertEquals(2, log.size());
        assertTrue(log.stream().allMatch(c -> c.getChangedBy().equals(advA.username())
                && c.getReasonKey().equals("deadline.reason.EXTENDED")
                && "excessively burdensome".equals(c.getNote())));

        RecordsRequest denied = requests.record(r.getId(), new TransitionForm(RequestStatus.DENIED,
                LocalDate.parse("2026-02-19"), null, null, new DenialDetails("case files", null,
                        "law enforcement", null, null, null)));
        RequestTransition last = requests.transitions(r.getId()).get(3);
        assertEquals(Set.of(DenialElement.RESPONSIBLE_PERSONS), last.getMissingElements());
        assertEquals(LocalDate.parse("2026-02-19"), denied.getCompletedOn());
        assertTrue(requests.deadlines(r.getId()).stream().noneMatch(RequestDeadline::isOpen));

        BusinessException e = assertThrows(BusinessException.class, () -> requests.record(r.getId(),
                new TransitionForm(RequestStatus.ACKNOWLEDGED, LocalDate.parse("2026-02-20"), null, null, null)));
        assertEquals("request.transitionNotAllowed", e.messageKey());
    }

    @Test
    void theBoardFindsOverdueRequestsAndMeasuresResponsesSeparately() {
        List<RecordsRequest> rs = sentCampaign(advA, false, newMexicoAgencies());
        RecordsRequest answered = ofAgency(rs, "nm_mvd");
        TestClock.set(LocalDate.parse("2026-02-10"));
        TestCallers.actAs(advA);
        requests.record(answered.getId(), new TransitionForm(RequestStatus.ACKNOWLEDGED, LocalDate.parse("2026-01-21"),
                null, null, null));
        requests.record(answered.getId(), new TransitionForm(RequestStatus.FULFILLED, LocalDate.parse("2026-01-26"),
                null, null, null));
        LocalDate today = requests.today();
        assertEquals(LocalDate.parse("2026-02-10"), today);
        List<RecordsRequest> overdue = requests.search(RequestFilter.overdue(today), 0, 500);
        RecordsRequest silent = ofAgency(rs, "nm_hsd");
        assertTrue(overdue.stream().anyMatch(r -> r.getId().equals(silent.getId())));
        assertTrue(overdue.stream().noneMatch(r -> r.getId().equals(answered.getId())));
        RecordsRequest s = requests.request(silent.getId());
        assertTrue(s.isDeemedDenied(today));
        assertEquals(19, s.daysOverdue(today), "the acknowledgement was due 22 January");
        var mvd = requests.responsiveness().stream().filter(a -> a.agencyId() == answered.getAgency().getId())
                .findFirst().orElseThrow();
        assertTrue(mvd.answered() >= 1 && mvd.completed() >= 1);
        String csv = requests.exportCsv(rs.stream().map(RecordsRequest::getId).toList(), null);
        assertEquals(rs.size() + 1, csv.split("\r\n").length);
        assertTrue(csv.contains("nm_hsd"));
    }

    @Test
    void theDailyReminderTellsTheCampaignCreatorInTheApplicationWhenThereIsNoSmtp() {
        sentCampaign(advA, false, List.of(agencyId("nm_dws")));
        TestCallers.actAs(advA);
        long before = notifications.unread();
        TestCallers.reset();
        reminders.run(LocalDate.parse("2026-01-21"));
        TestCallers.actAs(advA);
        assertEquals(before + 1, notifications.unread());
        assertEquals("reminder.notification", notifications.mine(1).get(0).getMessageKey());
    }

    @Test
    void bulkActionsApplyToTheCallersRequestsAndReportTheRest() {
        List<RecordsRequest> rs = sentCampaign(advA, false, newMexicoAgencies());
        List<Long> ids = rs.stream().map(RecordsRequest::getId).toList();
        TestCallers.actAs(advA);
        long heldBefore = outbox.count(OutboxMessage.Status.HELD);
        assertEquals(rs.size(), requests.remind(ids).done());
        assertEquals(heldBefore + rs.size(), outbox.count(OutboxMessage.Status.HELD));
        var result = requests.bulkRecord(ids, RequestStatus.ACKNOWLEDGED, LocalDate.parse("2026-01-16"), "bulk");
        assertEquals(rs.size(), result.done());
        var again = requests.bulkRecord(ids, RequestStatus.ACKNOWLEDGED, LocalDate.parse("2026-01-16"), "bulk");
        assertEquals(0, again.done());
        assertEquals(rs.size(), again.problems().size());
        TestCallers.actAs(advB);
        assertThrows(NotFoundException.class, () -> requests.remind(ids));
    }

    @Test
    void theCalendarFeedHoldsOnlyItsOwnersDeadlinesAndDiesWhenRevoked() {
        List<RecordsRequest> mine = sentCampaign(advA, false, List.of(agencyId("nm_mvd")));
        List<RecordsRequest> theirs = sentCampaign(advX, false, List.of(agencyId("nm_mvd")));
        TestCallers.actAs(advA);
        String token = feedService.renew();
        TestCallers.reset();
        String ics = feeds.feed(token).orElseThrow();
        assertTrue(ics.contains("BEGIN:VEVENT"), ics);
        long myDeadline = deadlinesOf(mine.get(0).getId()).get(0).getId();
        long theirDeadline = deadlinesOf(theirs.get(0).getId()).get(0).getId();
        assertTrue(ics.contains("deadline-" + myDeadline + "@"), ics);
        assertFalse(ics.contains("deadline-" + theirDeadline + "@"), "another organization's deadline leaked");
        assertTrue(feeds.feed("not-a-token").isEmpty());
        TestCallers.actAs(advA);
        String renewed = feedService.renew();
        TestCallers.reset();
        assertTrue(feeds.feed(token).isEmpty(), "a renewed address replaces the old one");
        assertTrue(feeds.feed(renewed).isPresent());
        TestCallers.actAs(advA);
        feedService.revoke();
        TestCallers.reset();
        assertTrue(feeds.feed(renewed).isEmpty());
    }

    private List<RequestDeadline> deadlinesOf(long requestId) {
        return em.createQuery("SELECT d FROM RequestDeadline d WHERE d.request.id = :r ORDER BY d.position",
                RequestDeadline.class).setParameter("r", requestId).getResultList();
    }

    // ------------------------------------------------------------------------------------------ agencies

    @Test
    void theDirectoryIsSearchedByDomainAndImportedFromCsvAllOrNothing() {
        TestCallers.actAs(advA);
        List<Agency> byDomain = agencies.search("hsd.nm.gov", null, 0, 10);
        assertEquals(List.of("nm_hsd"), byDomain.stream().map(a -> a.getCode().value()).toList());
        String code = "zz_imp_" + suffix;
        String csv = "code,name,side,jurisdiction,domains,custodian_email\r\n"
                + code + ",\"Imported, Agency\",local,ZZ,imp.example.org;other.example.org,records@imp.example.org\r\n"
                + "nm_doh,New Mexico Department of Health,state,NM,doh.nm.gov state.nm.us,ipra@doh.example.org\r\n";
        AgencyService.ImportResult ok = agencies.importCsv(csv);
        assertTrue(ok.ok(), ok.problems().toString());
        assertEquals(1, ok.created());
        assertEquals(1, ok.updated());
        Agency imported = agencies.search(code, null, 0, 1).get(0);
        assertEquals("Imported, Agency", imported.getName());
        assertEquals(Side.LOCAL, imported.getSide());
        assertEquals(Set.of("imp.example.org", "other.example.org"), imported.getDomains());
        assertEquals("ipra@doh.example.org", agencies.get(agencyId("nm_doh")).getCustodian().getEmail());

        String bad = "code,name,side,jurisdiction\r\nzz_good_" + suffix + ",Good,state,NM\r\nBad Code,X,state,NM\r\n";
        AgencyService.ImportResult refused = agencies.importCsv(bad);
        assertFalse(refused.ok());
        assertEquals(3, refused.problems().get(0).line());
        assertEquals("agency.codeInvalid", refused.problems().get(0).messageKey());
        assertTrue(agencies.search("zz_good_" + suffix, null, 0, 1).isEmpty(), "nothing is imported when a row is bad");
        BusinessException portal = assertThrows(BusinessException.class, () -> agencies.create(new AgencyForm(
                "zz_js_" + suffix, "JS", Side.OTHER, "NM", List.of(), null, null, null, null, null,
                "javascript:alert(1)", null)));
        assertEquals("agency.portalInvalid", portal.messageKey());
    }
}
