package org.recordswatch.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit trail: who did what to which object, when, and whether it was allowed. Never the data
 * itself. Entries are immutable (no setters; the database refuses UPDATE and DELETE) and hash-chained.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Outcome { OK, DENIED }

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "target_type", updatable = false, length = 64)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 128)
    private String targetId;

    @Column(nullable = false, updatable = false, length = 16)
    private String outcome;

    @Column(name = "client_ip", updatable = false, length = 64)
    private String clientIp;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
            Outcome outcome, String clientIp, String prevHash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome.name();
        this.clientIp = clientIp;
        this.prevHash = prevHash;
        this.entryHash = computeHash();
    }

    /** The SHA-256 over the previous entry's hash and every field of this entry. */
    public String computeHash() {
        String canonical = String.join("\u001f", prevHash, Long.toString(id),
                Long.toString(occurredAt.toEpochMilli()), actor, action, nz(targetType), nz(targetId), outcome,
                nz(clientIp));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getClientIp() {
        return clientIp;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
