package org.recordswatch.law;

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
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One clock of a law: how long (a number of business or calendar days, or "the date the agency states"), what starts
 * it (an event of the request, counted from that event's date or from the end of another clock), how a deadline
 * landing on a weekend or holiday rolls, which events meet it, which replace it by another clock, and whether missing
 * it means the request is deemed denied.
 */
@Entity
@Table(name = "law_clock")
public class StatutoryClock {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "law_id")
    private Law law;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClockKind kind;

    /** Null: the deadline is the date the agency states in its notice. */
    @Column(name = "length_days")
    private Integer length;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayCount unit = DayCount.CALENDAR_DAYS;

    @Enumerated(EnumType.STRING)
    @Column(name = "starts_on", nullable = false, length = 32)
    private ClockEvent startsOn = ClockEvent.RECEIVED;

    /** The code of an earlier clock whose deadline this one counts from (an extension added to a first period). */
    @Column(name = "count_from", length = 32)
    private String countFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "roll_rule", nullable = false, length = 32)
    private Roll roll = Roll.NEXT_BUSINESS_DAY;

    @Column(name = "met_by", length = 255)
    private String metBy;

    @Column(name = "superseded_by", length = 255)
    private String supersededBy;

    @Column(name = "deemed_denial", nullable = false)
    private boolean deemedDenial;

    @Column(length = 255)
    private String citation;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(nullable = false)
    private boolean uncertain;

    @Column(nullable = false)
    private int position;

    protected StatutoryClock() {
        // for JPA
    }

    /** A clock of {@code length} days (null: the date the agency states). */
    public StatutoryClock(String code, String name, ClockKind kind, Integer length, DayCount unit) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new IllegalArgumentException("A clock code is 1-32 lower-case letters, digits or underscores");
        }
        this.code = code.strip();
        define(name, kind, length, unit);
        this.metBy = EnumCodes.format(ClockEvent.ANY_RESPONSE);
    }

    public final void define(String newName, ClockKind newKind, Integer newLength, DayCount newUnit) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A clock needs a name");
        }
        if (newLength != null && (newLength < 0 || newLength > 3650)) {
            throw new IllegalArgumentException("A clock runs 0 to 3650 days");
        }
        this.name = newName.strip();
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.length = newLength;
        this.unit = newUnit == null ? DayCount.CALENDAR_DAYS : newUnit;
    }

    /** Starts on the event's date. */
    public StatutoryClock startsOn(ClockEvent event) {
        this.startsOn = Objects.requireNonNull(event, "event");
        this.countFrom = null;
        return this;
    }

    /** Starts when {@code event} happens, but counts from the deadline of the clock {@code clockCode}. */
    public StatutoryClock startsOn(ClockEvent event, String clockCode) {
        this.startsOn = Objects.requireNonNull(event, "event");
        this.countFrom = clockCode == null || clockCode.isBlank() ? null : clockCode.strip();
        if (code.equals(this.countFrom)) {
            throw new IllegalArgumentException("A clock cannot count from itself");
        }
        return this;
    }

    public StatutoryClock rolls(Roll newRoll) {
        this.roll = Objects.requireNonNull(newRoll, "roll");
        return this;
    }

    public StatutoryClock metBy(Set<ClockEvent> events) {
        this.metBy = EnumCodes.format(events);
        return this;
    }

    public StatutoryClock supersededBy(Set<ClockEvent> events) {
        this.supersededBy = EnumCodes.format(events);
        return this;
    }

    public StatutoryClock deemedDenial(boolean missedMeansDenied) {
        this.deemedDenial = missedMeansDenied;
        return this;
    }

    public StatutoryClock cite(String newCitation, String newNotes, boolean isUncertain) {
        this.citation = newCitation == null || newCitation.isBlank() ? null : newCitation.strip();
        this.notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        this.uncertain = isUncertain;
        return this;
    }

    void attachTo(Law newLaw, int newPosition) {
        this.law = newLaw;
        this.position = newPosition;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** True when the deadline is a date stated by the agency rather than counted. */
    public boolean isStatedByAgency() {
        return length == null;
    }

    public Long getId() {
        return id;
    }

    public Law getLaw() {
        return law;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ClockKind getKind() {
        return kind;
    }

    public Integer getLength() {
        return length;
    }

    public DayCount getUnit() {
        return unit;
    }

    public ClockEvent getStartsOn() {
        return startsOn;
    }

    public String getCountFrom() {
        return countFrom;
    }

    public Roll getRoll() {
        return roll;
    }

    public Set<ClockEvent> getMetBy() {
        return Collections.unmodifiableSet(EnumCodes.parse(metBy, ClockEvent.class));
    }

    public Set<ClockEvent> getSupersededBy() {
        return Collections.unmodifiableSet(EnumCodes.parse(supersededBy, ClockEvent.class));
    }

    public boolean isDeemedDenial() {
        return deemedDenial;
    }

    public String getCitation() {
        return citation;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isUncertain() {
        return uncertain;
    }

    public int getPosition() {
        return position;
    }
}
