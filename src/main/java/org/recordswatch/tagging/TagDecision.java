package org.recordswatch.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * Who made a tag and what an analyst decided about it, the same for a communication's and a thread's tags: the tag's
 * source (a detector or an analyst), its status (proposed, confirmed, rejected), who decided, when, and why.
 */
@Embeddable
public class TagDecision {

    /** Longest note kept (the column's length). */
    static final int NOTE_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TagSource source = TagSource.DETECTOR;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TagStatus status = TagStatus.PROPOSED;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected TagDecision() {
        // for JPA
    }

    /** A detector's proposal, not decided yet. */
    static TagDecision proposed() {
        return new TagDecision();
    }

    /** A tag an analyst added: confirmed by them. */
    static TagDecision byAnalyst(String analyst, Instant at, String note) {
        TagDecision d = new TagDecision();
        d.source = TagSource.ANALYST;
        d.decide(TagStatus.CONFIRMED, analyst, at, note);
        return d;
    }

    /** An analyst confirms or rejects the tag (the source stays: a detector's tag confirmed is still a detector's). */
    void decide(TagStatus newStatus, String analyst, Instant at, String why) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.decidedBy = Objects.requireNonNull(analyst, "analyst");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.note = why == null || why.length() <= NOTE_LENGTH ? why : why.substring(0, NOTE_LENGTH);
    }

    /** Whether the next analysis must keep the tag: an analyst made or decided it. */
    boolean isDecision() {
        return source == TagSource.ANALYST || status != TagStatus.PROPOSED;
    }

    /** Whether the tag counts in exports and tables: not rejected. */
    boolean counts() {
        return status != TagStatus.REJECTED;
    }

    TagSource source() {
        return source;
    }

    TagStatus status() {
        return status;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String note() {
        return note;
    }
}
