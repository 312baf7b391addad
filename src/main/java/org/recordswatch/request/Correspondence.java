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
import java.util.Objects;

/**
 * A letter, e-mail, call, portal message or note about a request. Notes are internal to the requesting side and are
 * never shown to the agency's records officer. File attachments come with document intake.
 */
@Entity
@Table(name = "correspondence")
public class Correspondence {

    public enum Kind {
        LETTER,
        EMAIL,
        CALL,
        PORTAL,
        NOTE;

        public String labelKey() {
            return "correspondence.kind." + name();
        }
    }

    public enum Direction {
        OUTGOING,
        INCOMING,
        INTERNAL;

        public String labelKey() {
            return "correspondence.direction." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private RecordsRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 998)
    private String subject;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "outbox_id")
    private Long outboxId;

    protected Correspondence() {
        // for JPA
    }

    Correspondence(RecordsRequest request, Kind kind, Direction direction, LocalDate occurredOn, String subject,
            String body, Actor actor, Long outboxId) {
        this.request = Objects.requireNonNull(request);
        this.kind = Objects.requireNonNull(kind);
        this.direction = kind == Kind.NOTE ? Direction.INTERNAL : Objects.requireNonNull(direction);
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.subject = subject == null || subject.isBlank() ? null
                : subject.strip().length() > 998 ? subject.strip().substring(0, 998) : subject.strip();
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.recordedAt = actor.at();
        this.recordedBy = actor.username();
        this.outboxId = outboxId;
    }

    public boolean isInternal() {
        return kind == Kind.NOTE;
    }

    public Long getId() {
        return id;
    }

    public RecordsRequest getRequest() {
        return request;
    }

    public Kind getKind() {
        return kind;
    }

    public Direction getDirection() {
        return direction;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getOutboxId() {
        return outboxId;
    }
}
