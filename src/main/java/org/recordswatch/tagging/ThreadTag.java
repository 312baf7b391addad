package org.recordswatch.tagging;

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

    @Column(length = 1000)
    private String note;

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
        t.source = TagSource.ANALYST;
        t.status = TagStatus.CONFIRMED;
        t.decidedBy = analyst;
        t.decidedAt = at;
        t.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
        return t;
    }

    public void confirm(String analyst, Instant at) {
        status = TagStatus.CONFIRMED;
        decidedBy = analyst;
        decidedAt = at;
    }

    public void reject(String analyst, Instant at) {
        status = TagStatus.REJECTED;
        decidedBy = analyst;
        decidedAt = at;
    }

    public boolean isDecision() {
        return source == TagSource.ANALYST || status != TagStatus.PROPOSED;
    }

    public boolean counts() {
        return status != TagStatus.REJECTED;
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
        return source;
    }

    public TagStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
