package org.recordswatch.tagging;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recordswatch.communication.ConversationThread;

/**
 * One tag of a thread: its initiator's side, its outcome, the agency on the other side, the legal basis of its first
 * request; proposed by the analysis or decided by an analyst.
 */
@Entity
@Table(name = "thread_tag")
@NamedQuery(name = "ThreadTag.ofCampaign", query = "SELECT t FROM ThreadTag t WHERE t.thread.campaignId = :campaign")
public class ThreadTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private ConversationThread thread;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ThreadTagKind kind;

    @Column(nullable = false, length = 64)
    private String code;

    @Embedded
    private TagDecision decision = TagDecision.proposed();

    protected ThreadTag() {
        // for JPA
    }

    public ThreadTag(ConversationThread thread, ThreadTagKind kind, String code) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A thread tag an analyst set: confirmed by them. */
    public static ThreadTag byAnalyst(ConversationThread thread, ThreadTagKind kind, String code, String analyst,
            Instant at, String note) {
        ThreadTag t = new ThreadTag(thread, kind, code);
        t.decision = TagDecision.byAnalyst(analyst, at, note);
        return t;
    }

    public void confirm(String analyst, Instant at, String why) {
        decision.decide(TagStatus.CONFIRMED, analyst, at, why);
    }

    public void reject(String analyst, Instant at, String why) {
        decision.decide(TagStatus.REJECTED, analyst, at, why);
    }

    /** Whether the next analysis must keep it: an analyst made or decided it. */
    public boolean isDecision() {
        return decision.isDecision();
    }

    /** Whether it counts in exports and tables: not rejected. */
    public boolean counts() {
        return decision.counts();
    }

    public Long getId() {
        return id;
    }

    public ConversationThread getThread() {
        return thread;
    }

    public ThreadTagKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public TagSource getSource() {
        return decision.source();
    }

    public TagStatus getStatus() {
        return decision.status();
    }

    public String getDecidedBy() {
        return decision.decidedBy();
    }

    public Instant getDecidedAt() {
        return decision.decidedAt();
    }

    public String getNote() {
        return decision.note();
    }
}
