package org.recordswatch.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recordswatch.agency.Agency;
import org.recordswatch.law.ClockReading;
import org.recordswatch.law.ClockState;
import org.recordswatch.law.DeadlineEngine;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.Holidays;
import org.recordswatch.law.Law;
import org.recordswatch.law.Occurrence;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * A public-records request to one agency, under that agency's law, as part of a campaign. State changes are verbs
 * ({@link #submit}, {@link #acknowledge}, {@link #extend}, {@link #deny}, ...): each checks the workflow, records a
 * {@link RequestTransition} (who, when, a note) and is followed by {@link #recomputeDeadlines}, which runs the law's
 * clocks and logs every deadline that changed.
 */
@Entity
@Table(name = "records_request")
public class RecordsRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "law_id")
    private Law law;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestStatus status = RequestStatus.DRAFT;

    @Column(name = "letter_subject", nullable = false, length = 998)
    private String letterSubject;

    @Column(name = "letter_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String letterText;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "first_response_on")
    private LocalDate firstResponseOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Column(name = "next_due_clock")
    private String nextDueClock;

    @Column(name = "deemed_denial_on")
    private LocalDate deemedDenialOn;

    @Column(name = "tracking_number", length = 128)
    private String trackingNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RequestTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<RequestDeadline> deadlines = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<DeadlineChange> deadlineChanges = new ArrayList<>();

    @Version
    private long version;

    protected RecordsRequest() {
        // for JPA
    }

    /** A draft request to an agency; {@code law} may be null when no law is known for its jurisdiction. */
    public RecordsRequest(Campaign campaign, Agency agency, Law law, String letterSubject, String letterText,
            Instant createdAt) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.law = law;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        writeLetter(letterSubject, letterText);
    }

    // ------------------------------------------------------------------ who

    /**
     * Records officers see the requests addressed to their own agency once submitted; everyone else sees what they
     * see of the campaign.
     */
    public boolean isVisibleTo(Caller caller) {
        if (caller.hasRole(Role.RECORDS_OFFICER)) {
            return status != RequestStatus.DRAFT && agency.getId().equals(caller.agencyId());
        }
        return campaign.isVisibleTo(caller);
    }

    /** Whether the caller may record this step: officers only their agency's answers, advocates and admins all. */
    public boolean mayRecord(Caller caller, RequestStatus to) {
        if (caller.hasRole(Role.RECORDS_OFFICER)) {
            return isVisibleTo(caller) && to.isAgencyResponse();
        }
        return campaign.isTrackableBy(caller);
    }

    /** Advocates and admins who may track the request may also edit drafts, write notes and send reminders. */
    public boolean isTrackableBy(Caller caller) {
        return campaign.isTrackableBy(caller);
    }

    // ---------------------------------------------------------------- verbs

    /** Replaces the letter; only while the request is a draft. */
    public final void writeLetter(String subject, String text) {
        if (status != RequestStatus.DRAFT) {
            throw new BusinessException("request.notDraft");
        }
        if (subject == null || subject.isBlank() || text == null || text.isBlank()) {
            throw new BusinessException("request.letterRequired");
        }
        String s = subject.strip();
        this.letterSubject = s.length() > 998 ? s.substring(0, 998) : s;
        this.letterText = text.strip();
    }

    public RequestTransition submit(LocalDate received, Actor actor, String note) {
        RequestTransition t = move(RequestStatus.SUBMITTED, received, null, actor, note);
        this.receivedOn = received;
        this.submittedAt = actor.at();
        this.submittedBy = actor.username();
        return t;
    }

    /** The agency acknowledged; {@code estimatedDate} is the date it gave, if any. */
    public RequestTransition acknowledge(LocalDate on, LocalDate estimatedDate, Actor actor, String note) {
        return move(RequestStatus.ACKNOWLEDGED, on, estimatedDate, actor, note);
    }

    /** The agency took more time by notice; {@code newDate} is the date it stated, if any. */
    public RequestTransition extend(LocalDate on, LocalDate newDate, Actor actor, String note) {
        return move(RequestStatus.EXTENDED, on, newDate, actor, note);
    }

    public RequestTransition fulfilPartially(LocalDate on, LocalDate restBy, Actor actor, String note) {
        return move(RequestStatus.PARTIALLY_FULFILLED, on, restBy, actor, note);
    }

    public RequestTransition fulfil(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.FULFILLED, on, null, actor, note);
    }

    /** A written denial: what it said is kept, and what the law requires but the letter left out is flagged. */
    public RequestTransition deny(LocalDate on, DenialDetails details, Actor actor, String note) {
        RequestTransition t = move(RequestStatus.DENIED, on, null, actor, note);
        DenialDetails d = details == null ? new DenialDetails() : details;
        t.recordDenial(d, d.missing(requiredDenialElements()));
        return t;
    }

    public RequestTransition reportNoRecords(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.NO_RECORDS, on, null, actor, note);
    }

    public RequestTransition withdraw(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.WITHDRAWN, on, null, actor, note);
    }

    public RequestTransition appeal(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.APPEALED, on, null, actor, note);
    }

    public RequestTransition litigate(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.IN_LITIGATION, on, null, actor, note);
    }

    public RequestTransition close(LocalDate on, Actor actor, String note) {
        return move(RequestStatus.CLOSED, on, null, actor, note);
    }

    /** Any allowed step; the verbs above are the readable way to call it. */
    public RequestTransition move(RequestStatus to, LocalDate on, LocalDate statedDate, Actor actor, String note) {
        Objects.requireNonNull(to, "to");
        if (!status.canMoveTo(to)) {
            throw new BusinessException("request.transitionNotAllowed", status.name(), to.name());
        }
        if (on == null) {
            throw new BusinessException("request.dateRequired");
        }
        if (on.isAfter(actor.today())) {
            throw new BusinessException("request.dateInFuture");
        }
        if (to != RequestStatus.SUBMITTED && receivedOn != null && on.isBefore(receivedOn)) {
            throw new BusinessException("request.dateBeforeReceipt");
        }
        if (!transitions.isEmpty() && on.isBefore(transitions.get(transitions.size() - 1).getOccurredOn())) {
            throw new BusinessException("request.dateBeforePrevious");
        }
        if (statedDate != null && statedDate.isBefore(on)) {
            throw new BusinessException("request.statedDateBeforeDate");
        }
        RequestTransition t = new RequestTransition(this, status, to, on, to.takesStatedDate() ? statedDate : null,
                actor, note);
        transitions.add(t);
        status = to;
        if (to.isAgencyResponse() && firstResponseOn == null) {
            firstResponseOn = on;
        }
        if (RequestStatus.COMPLETIONS.contains(to) && completedOn == null) {
            completedOn = on;
        }
        return t;
    }

    public void recordTrackingNumber(String number) {
        this.trackingNumber = number == null || number.isBlank() ? null : number.strip();
    }

    // -------------------------------------------------------------- clocks

    /** What has happened, in the order it was recorded, as the deadline engine reads it. */
    public List<Occurrence> occurrences() {
        List<Occurrence> list = new ArrayList<>();
        for (RequestTransition t : transitions) {
            list.add(t.toOccurrence(receivedOn));
        }
        return list;
    }

    /**
     * Runs the law's clocks over the request's history and stores the result. Every deadline that changed since it
     * was first computed (a new date, replaced by an extension, a new clock started, a clock gone after a law edit)
     * is logged with who, when and why; meeting a deadline is not a change.
     */
    public List<DeadlineChange> recomputeDeadlines(Holidays holidays, Actor actor, String reasonKey, String note) {
        List<ClockReading> readings = law == null || receivedOn == null ? List.of()
                : DeadlineEngine.evaluate(law, holidays, occurrences());
        boolean initial = deadlines.isEmpty();
        Map<String, RequestDeadline> existing = new HashMap<>();
        for (RequestDeadline d : deadlines) {
            existing.put(d.getClockCode(), d);
        }
        List<DeadlineChange> changes = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            ClockReading r = readings.get(i);
            RequestDeadline d = existing.remove(r.code());
            if (d == null) {
                deadlines.add(new RequestDeadline(this, r, i));
                if (!initial) {
                    changes.add(new DeadlineChange(this, r.code(), r.name(), null, r.due(), null, r.state(), actor,
                            reasonKey, note));
                }
                continue;
            }
            LocalDate previousDue = d.getDueOn();
            ClockState previousState = d.getState();
            d.update(r, i);
            boolean dateChanged = !Objects.equals(previousDue, r.due());
            boolean replacedOrReopened = previousState != r.state()
                    && (r.state() == ClockState.SUPERSEDED || r.state() == ClockState.OPEN);
            if (dateChanged || replacedOrReopened) {
                changes.add(new DeadlineChange(this, r.code(), r.name(), previousDue, r.due(), previousState,
                        r.state(), actor, reasonKey, note));
            }
        }
        for (RequestDeadline gone : existing.values()) {
            deadlines.remove(gone);
            changes.add(new DeadlineChange(this, gone.getClockCode(), gone.getClockName(), gone.getDueOn(), null,
                    gone.getState(), null, actor, reasonKey, note));
        }
        deadlines.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
        deadlineChanges.addAll(changes);
        Optional<ClockReading> next = DeadlineEngine.next(readings);
        nextDueOn = next.map(ClockReading::due).orElse(null);
        nextDueClock = next.map(ClockReading::name).orElse(null);
        deemedDenialOn = DeadlineEngine.deemedDenialOn(readings).orElse(null);
        return changes;
    }

    // ------------------------------------------------------------- derived

    public Set<DenialElement> requiredDenialElements() {
        return law == null ? Set.of() : law.getDenialElements();
    }

    /** True when the law treats the request as denied by silence on this day. */
    public boolean isDeemedDenied(LocalDate today) {
        return deemedDenialOn != null && !today.isBefore(deemedDenialOn);
    }

    public boolean isOverdue(LocalDate today) {
        return nextDueOn != null && today.isAfter(nextDueOn);
    }

    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(nextDueOn, today) : 0;
    }

    /** Days since the request became deemed denied, counting that day. */
    public long daysDeemedDenied(LocalDate today) {
        return isDeemedDenied(today) ? ChronoUnit.DAYS.between(deemedDenialOn, today) + 1 : 0;
    }

    /** The most statutory damages could have reached by today (per-day rate times days), or empty. */
    public Optional<BigDecimal> damagesCap(LocalDate today) {
        if (law == null || law.getDamagesPerDay() == null || !isDeemedDenied(today)) {
            return Optional.empty();
        }
        return Optional.of(law.getDamagesPerDay().multiply(BigDecimal.valueOf(daysDeemedDenied(today))));
    }

    /** The first deadline of the request: the first clock of its law. */
    public Optional<RequestDeadline> firstDeadline() {
        return deadlines.stream().findFirst();
    }

    public Optional<Long> daysToFirstResponse() {
        return receivedOn == null || firstResponseOn == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(receivedOn, firstResponseOn));
    }

    public Optional<Long> daysToCompletion() {
        return receivedOn == null || completedOn == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(receivedOn, completedOn));
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Agency getAgency() {
        return agency;
    }

    public Law getLaw() {
        return law;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getLetterSubject() {
        return letterSubject;
    }

    public String getLetterText() {
        return letterText;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDate getFirstResponseOn() {
        return firstResponseOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public String getNextDueClock() {
        return nextDueClock;
    }

    public LocalDate getDeemedDenialOn() {
        return deemedDenialOn;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RequestTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }

    public List<RequestDeadline> getDeadlines() {
        return Collections.unmodifiableList(deadlines);
    }

    public List<DeadlineChange> getDeadlineChanges() {
        return Collections.unmodifiableList(deadlineChanges);
    }

    public long getVersion() {
        return version;
    }
}
