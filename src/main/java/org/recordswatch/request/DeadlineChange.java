package org.recordswatch.request;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.recordswatch.law.ClockState;

/**
 * A deadline that changed after it was first computed: its previous and new date and state, who changed it, when
 * and why ({@code reasonKey}: a message key such as {@code deadline.reason.EXTENDED} or {@code law.changed.holidays};
 * {@code note}: the user's own words).
 */
@Entity
@Table(name = "deadline_change")
public class DeadlineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private RecordsRequest request;

    @Column(name = "clock_code", nullable = false, length = 32)
    private String clockCode;

    @Column(name = "clock_name", nullable = false)
    private String clockName;

    @Column(name = "previous_due_on")
    private LocalDate previousDueOn;

    @Column(name = "new_due_on")
    private LocalDate newDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_state", length = 16)
    private ClockState previousState;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_state", length = 16)
    private ClockState newState;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "reason_key", nullable = false, length = 128)
    private String reasonKey;

    @Column(columnDefinition = "TEXT")
    private String note;

    protected DeadlineChange() {
        // for JPA
    }

    DeadlineChange(RecordsRequest request, String clockCode, String clockName, LocalDate previousDueOn,
            LocalDate newDueOn, ClockState previousState, ClockState newState, Actor actor, String reasonKey,
            String note) {
        this.request = request;
        this.clockCode = clockCode;
        this.clockName = clockName;
        this.previousDueOn = previousDueOn;
        this.newDueOn = newDueOn;
        this.previousState = previousState;
        this.newState = newState;
        this.changedAt = actor.at();
        this.changedBy = actor.username();
        this.reasonKey = reasonKey;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public String getClockCode() {
        return clockCode;
    }

    public String getClockName() {
        return clockName;
    }

    public LocalDate getPreviousDueOn() {
        return previousDueOn;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public ClockState getPreviousState() {
        return previousState;
    }

    public ClockState getNewState() {
        return newState;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getNote() {
        return note;
    }
}
