package org.recordswatch.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.csv.Csv;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * Records requests: reading them (within the caller's scope: advocates their organization's and shared campaigns,
 * records officers their own agency's submitted requests, analysts and admins all), recording their workflow (each
 * step recomputes the clocks), correspondence, letters, the board's lists, bulk actions and exports. An id outside
 * the caller's scope is "not found" and the attempt is audited.
 */
@Stateless
public class RequestService {

    static final int MAX_BULK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestAccess access;

    @Inject
    RequestRepository repository;

    @Inject
    Submissions submissions;

    @Inject
    LetterComposer composer;

    @Inject
    AuditTrail audit;

    // -------------------------------------------------------------- reading

    @Authorized
    public RecordsRequest request(long id) {
        return access.visible(id, "READ");
    }

    @Authorized
    public List<RequestTransition> transitions(long id) {
        return List.copyOf(access.visible(id, "READ").getTransitions());
    }

    @Authorized
    public List<RequestDeadline> deadlines(long id) {
        return List.copyOf(access.visible(id, "READ").getDeadlines());
    }

    @Authorized
    public List<DeadlineChange> deadlineChanges(long id) {
        return List.copyOf(access.visible(id, "READ").getDeadlineChanges());
    }

    /** The request's correspondence; a records officer does not see the requesters' internal notes. */
    @Authorized
    public List<Correspondence> correspondence(long id) {
        RecordsRequest r = access.visible(id, "READ");
        boolean officer = access.caller().hasRole(Role.RECORDS_OFFICER);
        return em.createQuery("SELECT k FROM Correspondence k WHERE k.request = :r ORDER BY k.occurredOn, k.id",
                Correspondence.class).setParameter("r", r).getResultStream()
                .filter(k -> !(officer && k.isInternal())).toList();
    }

    @Authorized
    public List<RecordsRequest> search(RequestFilter filter, int first, int max) {
        return repository.requests(access.caller(), filter, first, Math.min(max, 500));
    }

    @Authorized
    public long count(RequestFilter filter) {
        return repository.count(access.caller(), filter);
    }

    /** For an autocomplete: at most ten requests whose agency or campaign matches the text. */
    @Authorized
    public List<RecordsRequest> suggest(String text) {
        return repository.requests(access.caller(), new RequestFilter(text, null, null, null, null, null), 0, 10);
    }

    /** Today, as the application's clock says: what "overdue" is measured against. */
    @Authorized
    public LocalDate today() {
        return access.today();
    }

    /**
     * Per agency, over the requests the caller sees: days to first response and days to completion, reported
     * separately.
     */
    @Authorized
    public List<AgencyResponsiveness> responsiveness() {
        Map<Long, List<Object[]>> byAgency = new TreeMap<>();
        for (Object[] row : repository.responseTimes(access.caller())) {
            byAgency.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        List<AgencyResponsiveness> result = new ArrayList<>();
        for (var e : byAgency.entrySet()) {
            List<Long> first = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            for (Object[] row : e.getValue()) {
                LocalDate received = (LocalDate) row[2];
                if (row[3] != null) {
                    first.add(ChronoUnit.DAYS.between(received, (LocalDate) row[3]));
                }
                if (row[4] != null) {
                    done.add(ChronoUnit.DAYS.between(received, (LocalDate) row[4]));
                }
            }
            result.add(new AgencyResponsiveness(e.getKey(), (String) e.getValue().get(0)[1], e.getValue().size(),
                    first.size(), mean(first), median(first), done.size(), mean(done), median(done)));
        }
        result.sort(Comparator.comparing(AgencyResponsiveness::agencyName));
        return result;
    }

    private static Double mean(List<Long> values) {
        return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    // -------------------------------------------------------------- letters

    /** The request's letter as PDF; downloads are audited. */
    @Authorized
    public byte[] letterPdf(long id) {
        RecordsRequest r = access.visible(id, "DOWNLOAD");
        audit.record(access.caller().username(), "LETTER_DOWNLOAD", "records_request", String.valueOf(id));
        return composer.pdf(r, r.getReceivedOn() == null ? access.today() : r.getReceivedOn());
    }

    @Authorized
    public String letterFileName(long id) {
        return composer.fileName(access.visible(id, "READ"));
    }

    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public RecordsRequest editLetter(long id, String subject, String text) {
        RecordsRequest r = access.trackable(id, "UPDATE");
        r.writeLetter(subject, text);
        audit.record(access.caller().username(), "LETTER_EDIT", "records_request", String.valueOf(id));
        return r;
    }

    // ------------------------------------------------------------- workflow

    /**
     * Submits a draft as received on {@code receivedOn} (usually today; earlier when it was delivered by other means
     * and is being recorded now); with {@code byEmail} the letter goes to the custodian's address as PDF.
     */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public RecordsRequest submit(long id, LocalDate receivedOn, boolean byEmail, String note) {
        RecordsRequest r = access.trackable(id, "SUBMIT");
        submissions.submit(r, receivedOn, byEmail, note);
        return r;
    }

    /**
     * Records a step of the workflow. Records officers may record their own agency's answers (acknowledge, extend,
     * fulfil partly or fully, deny, no records); advocates and admins any step. The clocks are recomputed and every
     * deadline that changed is logged.
     */
    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ADMIN})
    public RecordsRequest record(long id, TransitionForm form) {
        RecordsRequest r = access.visible(id, "TRANSITION");
        if (form.to() == null) {
            throw new BusinessException("request.statusRequired");
        }
        if (!r.mayRecord(access.caller(), form.to())) {
            throw access.refuse("TRANSITION", "records_request", id);
        }
        if (form.to() == RequestStatus.SUBMITTED) {
            throw new BusinessException("request.useSubmit");
        }
        apply(r, form);
        return r;
    }

    private void apply(RecordsRequest r, TransitionForm form) {
        Actor actor = access.actor();
        if (form.to() == RequestStatus.DENIED) {
            r.deny(form.on(), form.denial(), actor, form.note());
        } else {
            r.move(form.to(), form.on(), form.statedDate(), actor, form.note());
        }
        access.recompute(r, actor, "deadline.reason." + form.to().name(), form.note());
        audit.record(actor.username(), "REQUEST_" + form.to().name(), "records_request", String.valueOf(r.getId()));
    }

    @Authorized({Role.ADVOCATE, Role.RECORDS_OFFICER, Role.ADMIN})
    public RecordsRequest setTrackingNumber(long id, String number) {
        RecordsRequest r = access.visible(id, "UPDATE");
        boolean officerOfAgency = access.caller().hasRole(Role.RECORDS_OFFICER);
        if (!officerOfAgency && !r.isTrackableBy(access.caller())) {
            throw access.refuse("UPDATE", "records_request", id);
        }
        r.recordTrackingNumber(number);
        return r;
    }

    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public Correspondence addCorrespondence(long id, CorrespondenceForm form) {
        RecordsRequest r = access.trackable(id, "UPDATE");
        if (form.kind() == null || form.on() == null) {
            throw new BusinessException("correspondence.incomplete");
        }
        if (form.on().isAfter(access.today())) {
            throw new BusinessException("request.dateInFuture");
        }
        Correspondence k = new Correspondence(r, form.kind(),
                form.direction() == null ? Correspondence.Direction.INCOMING : form.direction(), form.on(),
                form.subject(), form.body(), access.actor(), null);
        em.persist(k);
        return k;
    }

    // ----------------------------------------------------------------- bulk

    /** Records the same step on each selected request the caller may change; the others are reported. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public BulkResult bulkRecord(List<Long> ids, RequestStatus to, LocalDate on, String note) {
        checkBulk(ids);
        Caller caller = access.caller();
        List<BulkResult.Problem> problems = new ArrayList<>();
        int done = 0;
        for (RecordsRequest r : selected(ids, "TRANSITION")) {
            if (to == null || to == RequestStatus.SUBMITTED || to == RequestStatus.DENIED
                    || !r.mayRecord(caller, to)) {
                problems.add(new BulkResult.Problem(r.getId(), r.getAgency().getName(), "bulk.notAllowed",
                        new Object[0]));
                continue;
            }
            if (!r.getStatus().canMoveTo(to)) {
                problems.add(new BulkResult.Problem(r.getId(), r.getAgency().getName(),
                        "request.transitionNotAllowed", new Object[] {r.getStatus().name(), to.name()}));
                continue;
            }
            try {
                apply(r, new TransitionForm(to, on, null, note, null));
                done++;
            } catch (BusinessException e) {
                problems.add(new BulkResult.Problem(r.getId(), r.getAgency().getName(), e.messageKey(), e.args()));
            }
        }
        return new BulkResult(done, problems);
    }

    /**
     * Sends a follow-up e-mail to the custodian of each selected submitted request (held in the outbox without SMTP).
     */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public BulkResult remind(List<Long> ids) {
        checkBulk(ids);
        Caller caller = access.caller();
        List<BulkResult.Problem> problems = new ArrayList<>();
        int done = 0;
        for (RecordsRequest r : selected(ids, "REMIND")) {
            if (!r.isTrackableBy(caller)) {
                problems.add(new BulkResult.Problem(r.getId(), r.getAgency().getName(), "bulk.notAllowed",
                        new Object[0]));
            } else if (r.getReceivedOn() == null || RequestStatus.COMPLETIONS.contains(r.getStatus())
                    || r.getStatus() == RequestStatus.WITHDRAWN || r.getStatus() == RequestStatus.CLOSED) {
                problems.add(new BulkResult.Problem(r.getId(), r.getAgency().getName(), "bulk.nothingToRemind",
                        new Object[0]));
            } else {
                submissions.remind(r);
                done++;
            }
        }
        return new BulkResult(done, problems);
    }

    /** The selected requests (or, with no ids, every request of the filter) as CSV; audited. */
    @Authorized
    public String exportCsv(List<Long> ids, RequestFilter filter) {
        List<RecordsRequest> rows = ids != null && !ids.isEmpty() ? selected(ids, "EXPORT")
                : repository.requests(access.caller(), filter == null ? RequestFilter.all() : filter, 0, 10_000);
        LocalDate today = access.today();
        StringBuilder sb = new StringBuilder(Csv.line(List.of("request_id", "campaign", "agency_code", "agency",
                "law", "status", "received_on", "first_response_on", "completed_on", "days_to_first_response",
                "days_to_completion", "next_deadline", "next_deadline_clock", "days_overdue", "deemed_denial_on",
                "tracking_number")));
        for (RecordsRequest r : rows) {
            sb.append(Csv.line(Arrays.asList(r.getId(), r.getCampaign().getTitle(), r.getAgency().getCode().value(),
                    r.getAgency().getName(), r.getLaw() == null ? null : r.getLaw().getShortName(),
                    r.getStatus().name(),
                    r.getReceivedOn(), r.getFirstResponseOn(), r.getCompletedOn(),
                    r.daysToFirstResponse().orElse(null), r.daysToCompletion().orElse(null), r.getNextDueOn(),
                    r.getNextDueClock(), r.daysOverdue(today), r.getDeemedDenialOn(), r.getTrackingNumber())));
        }
        audit.record(access.caller().username(), "REQUEST_EXPORT", "records_request", rows.size() + " rows");
        return sb.toString();
    }

    private void checkBulk(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("bulk.nothingSelected");
        }
        if (ids.size() > MAX_BULK) {
            throw new BusinessException("bulk.tooMany", MAX_BULK);
        }
    }

    /** The selected requests the caller may see; any other id is refused (audited) and the whole action stops. */
    private List<RecordsRequest> selected(List<Long> ids, String action) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<RecordsRequest> visible = repository.visibleAmong(access.caller(), distinct);
        if (visible.size() != distinct.size()) {
            List<Long> seen = visible.stream().map(RecordsRequest::getId).toList();
            Long missing = distinct.stream().filter(i -> !seen.contains(i)).findFirst().orElse(-1L);
            throw access.refuse(action, "records_request", missing);
        }
        return visible;
    }
}
