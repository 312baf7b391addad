package org.recordswatch.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.Occurrence;
import org.recordswatch.platform.security.Role;

/**
 * One step of a request's workflow: from which status to which, the day it happened (the date of the agency's
 * letter, not the day it was typed in), who recorded it and when, a note, a date the agency stated, and for a
 * denial what it contained and which required elements were missing.
 */
@Entity
@Table(name = "request_transition")
public class RequestTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private RecordsRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 32)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    private RequestStatus toStatus;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "stated_date")
    private LocalDate statedDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_by_role", length = 32)
    private Role recordedByRole;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Embedded
    private DenialDetails denial;

    @Column(name = "missing_elements", length = 255)
    private String missingElements;

    protected RequestTransition() {
        // for JPA
    }

    RequestTransition(RecordsRequest request, RequestStatus from, RequestStatus to, LocalDate occurredOn,
            LocalDate statedDate, Actor actor, String note) {
        this.request = request;
        this.fromStatus = from;
        this.toStatus = to;
        this.occurredOn = Objects.requireNonNull(occurredOn, "occurredOn");
        this.statedDate = statedDate;
        this.recordedAt = actor.at();
        this.recordedBy = actor.username();
        this.recordedByRole = actor.role();
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void recordDenial(DenialDetails details, Set<DenialElement> missing) {
        this.denial = details;
        this.missingElements = DenialDetails.format(missing);
    }

    /** The transition as the deadline engine sees it. */
    Occurrence toOccurrence(LocalDate receivedOn) {
        LocalDate on = toStatus == RequestStatus.SUBMITTED && receivedOn != null ? receivedOn : occurredOn;
        return new Occurrence(toStatus.event().orElseThrow(), on, statedDate);
    }

    public Set<DenialElement> getMissingElements() {
        Set<DenialElement> set = EnumSet.noneOf(DenialElement.class);
        if (missingElements != null) {
            for (String s : missingElements.split(",")) {
                set.add(DenialElement.valueOf(s));
            }
        }
        return Collections.unmodifiableSet(set);
    }

    public Long getId() {
        return id;
    }

    public RecordsRequest getRequest() {
        return request;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getStatedDate() {
        return statedDate;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Role getRecordedByRole() {
        return recordedByRole;
    }

    public String getNote() {
        return note;
    }

    public DenialDetails getDenial() {
        return denial == null ? new DenialDetails() : denial;
    }
}
