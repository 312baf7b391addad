package org.recordswatch.request;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.mail.MailQueued;
import org.recordswatch.platform.mail.Outbox;
import org.recordswatch.platform.mail.OutboxMessage;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;

/**
 * The outbox page's service (the mail itself is kept by {@link Outbox} in platform): every outgoing mail the caller
 * may see, with its status. Admins see all; advocates see the mail of
 * their organization and mail written for them. Held and failed mail can be re-queued (once SMTP works) or marked
 * as delivered by hand.
 */
@Stateless
@Authorized({Role.ADVOCATE, Role.ADMIN})
public class OutboxService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccessRefused> refusals;

    @Inject
    Event<MailQueued> queued;

    private static final String SCOPE = " WHERE (:all = TRUE OR m.organizationId = :org OR m.userId = :user)";

    private <T> TypedQuery<T> scoped(String select, Class<T> type, OutboxMessage.Status status) {
        Caller c = callers.current();
        String jpql = select + SCOPE + (status == null ? "" : " AND m.status = :status")
                + (select.startsWith("SELECT COUNT") ? "" : " ORDER BY m.id DESC");
        TypedQuery<T> q = em.createQuery(jpql, type)
                .setParameter("all", c.hasRole(Role.ADMIN))
                .setParameter("org", c.organizationId() == null ? -1L : c.organizationId())
                .setParameter("user", c.userId() == null ? -1L : c.userId());
        if (status != null) {
            q.setParameter("status", status);
        }
        return q;
    }

    public List<OutboxMessage> page(OutboxMessage.Status status, int first, int max) {
        return scoped("SELECT m FROM OutboxMessage m", OutboxMessage.class, status)
                .setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    public long count(OutboxMessage.Status status) {
        return scoped("SELECT COUNT(m) FROM OutboxMessage m", Long.class, status).getSingleResult();
    }

    public OutboxMessage get(long id) {
        Caller c = callers.current();
        OutboxMessage m = em.find(OutboxMessage.class, id);
        boolean visible = m != null && (c.hasRole(Role.ADMIN)
                || c.organizationId() != null && c.organizationId().equals(m.getOrganizationId())
                || c.userId() != null && c.userId().equals(m.getUserId()));
        if (!visible) {
            refusals.fire(new AccessRefused(c.username(), "READ", "outbox_mail", String.valueOf(id)));
            throw new NotFoundException("outbox message", id);
        }
        return m;
    }

    /** The attachment (a letter PDF), audited as a download. */
    public byte[] attachment(long id) {
        OutboxMessage m = get(id);
        audit.record(callers.current().username(), "OUTBOX_ATTACHMENT_DOWNLOAD", "outbox_mail", String.valueOf(id));
        return m.attachmentContent();
    }

    public OutboxMessage markDeliveredByHand(long id) {
        OutboxMessage m = get(id);
        try {
            m.deliveredByHand(clock.instant());
        } catch (IllegalStateException e) {
            throw new BusinessException("outbox.alreadySent");
        }
        audit.record(callers.current().username(), "OUTBOX_DELIVERED_BY_HAND", "outbox_mail", String.valueOf(id));
        return m;
    }

    public OutboxMessage requeue(long id) {
        OutboxMessage m = get(id);
        if (!outbox.canSend()) {
            throw new BusinessException("outbox.noSmtp");
        }
        if (m.toMail().to().isEmpty()) {
            throw new BusinessException("outbox.noRecipient");
        }
        try {
            m.requeue();
        } catch (IllegalStateException e) {
            throw new BusinessException("outbox.alreadySent");
        }
        queued.fire(new MailQueued(m.getId()));
        audit.record(callers.current().username(), "OUTBOX_REQUEUE", "outbox_mail", String.valueOf(id));
        return m;
    }

    public boolean smtpConfigured() {
        return outbox.canSend();
    }
}
