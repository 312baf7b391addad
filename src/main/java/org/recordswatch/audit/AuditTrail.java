package org.recordswatch.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.recordswatch.platform.security.AccessRefused;

/**
 * The one choke point through which everything auditable is written: logins, refusals, views of communications and
 * documents, exports, administrative changes. Each entry is written in its own transaction (so it survives a
 * rollback of the work it records), chained to its predecessor through the {@code audit_head} row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    /** Records an action that was allowed. */
    public void record(String actor, String action, String targetType, String targetId) {
        append(actor, action, targetType, targetId, AuditEntry.Outcome.OK);
    }

    /** Records an attempt that was refused (authorization, login failure, IDOR probe). */
    public void denied(String actor, String action, String targetType, String targetId) {
        LOG.warning(() -> "Denied: " + actor + " " + action + " " + targetType + " " + targetId);
        append(actor, action, targetType, targetId, AuditEntry.Outcome.DENIED);
    }

    /** Every refusal announced anywhere in the application lands here. */
    public void onRefusal(@Observes AccessRefused refusal) {
        denied(refusal.actor(), refusal.action(), refusal.targetType(), refusal.targetId());
    }

    private void append(String actor, String action, String targetType, String targetId, AuditEntry.Outcome outcome) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long nextId = ((Number) head[0]).longValue() + 1;
        String prevHash = (String) head[1];
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(nextId, now, clip(actor == null ? "anonymous" : actor, 64),
                clip(action, 64), clip(targetType, 64), clip(targetId, 128), outcome, clientAddress.get(), prevHash);
        em.persist(entry);
        em.createNativeQuery("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, nextId).setParameter(2, entry.getEntryHash()).executeUpdate();
    }

    /** Cuts a value to a column's width. */
    public static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
