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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.recordswatch.law.ClockEvent;
import org.recordswatch.law.ClockKind;
import org.recordswatch.law.ClockReading;
import org.recordswatch.law.ClockState;
import org.recordswatch.law.Deadline;

/**
 * One clock of a request as last computed: its deadline with the explanation it was computed from, and where it
 * stands. Whether it is overdue depends on the day it is looked at ({@link #isOverdue(LocalDate)}).
 */
@Entity
@Table(name = "request_deadline")
public class RequestDeadline {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClockKind kind;

    @Column(name = "deemed_denial", nullable = false)
    private boolean deemedDenial;

    @Column(length = 255)
    private String citation;

    @Column(nullable = false)
    private boolean uncertain;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false, length = 32)
    private ClockEvent startedBy;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClockState state;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(columnDefinition = "TEXT")
    private String explanation;

    @Column(nullable = false)
    private int position;

    protected RequestDeadline() {
        // for JPA
    }

    RequestDeadline(RecordsRequest request, ClockReading reading, int position) {
        this.request = request;
        this.clockCode = reading.code();
        update(reading, position);
    }

    final void update(ClockReading r, int newPosition) {
        this.clockName = r.name();
        this.kind = r.kind();
        this.deemedDenial = r.deemedDenial();
        this.citation = r.citation();
        this.uncertain = r.uncertain();
        this.startedBy = r.startedBy();
        this.startedOn = r.startedOn();
        this.dueOn = r.due();
        this.state = r.state();
        this.endedOn = r.endedOn();
        this.explanation = r.deadline() == null ? null : r.deadline().serialize();
        this.position = newPosition;
    }

    /** The deadline with its explanation; null when no date could be set (a date the agency did not state). */
    public Deadline getDeadline() {
        return explanation == null ? null : Deadline.parse(explanation);
    }

    public boolean isOpen() {
        return state == ClockState.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && today.isAfter(dueOn);
    }

    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public boolean isMetLate() {
        return state == ClockState.MET && dueOn != null && endedOn != null && endedOn.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public RecordsRequest getRequest() {
        return request;
    }

    public String getClockCode() {
        return clockCode;
    }

    public String getClockName() {
        return clockName;
    }

    public ClockKind getKind() {
        return kind;
    }

    public boolean isDeemedDenial() {
        return deemedDenial;
    }

    public String getCitation() {
        return citation;
    }

    public boolean isUncertain() {
        return uncertain;
    }

    public ClockEvent getStartedBy() {
        return startedBy;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ClockState getState() {
        return state;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public int getPosition() {
        return position;
    }
}
