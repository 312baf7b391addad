package org.recordswatch.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The secret in a user's calendar-feed address. Only its SHA-256 is stored; a user has at most one active token, and
 * making a new one or revoking it makes the old address useless at once.
 */
@Entity
@Table(name = "calendar_token")
@NamedQuery(name = "CalendarToken.findByHash", query = "SELECT t FROM CalendarToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "CalendarToken.activeOf",
        query = "SELECT t FROM CalendarToken t WHERE t.userId = :user AND t.revokedAt IS NULL")
public class CalendarToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected CalendarToken() {
        // for JPA
    }

    CalendarToken(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
