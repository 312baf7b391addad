package org.recordswatch.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands queued mail to the SMTP server: right after the transaction that queued it commits, and every few minutes
 * for anything still queued (a server that was down). Each message is sent in its own transaction; a failure is
 * recorded on the message and retried up to {@link OutboxMessage#MAX_ATTEMPTS} times.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private volatile MailSender sender;

    @PostConstruct
    void init() {
        if (settings.configured()) {
            sender = new SmtpMailSender(settings);
            LOG.info(() -> "Outgoing mail through " + settings);
        } else {
            LOG.info("SMTP is not configured (RW_SMTP_HOST): outgoing mail is kept in the outbox");
        }
    }

    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        self().deliver(event.messageId());
    }

    private MailDelivery self() {
        return context.getBusinessObject(MailDelivery.class);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryQueued() {
        if (sender == null) {
            return;
        }
        List<Long> ids = em.createNamedQuery("OutboxMessage.pending", Long.class).setMaxResults(100).getResultList();
        for (Long id : ids) {
            self().deliver(id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long messageId) {
        if (sender == null) {
            return;
        }
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() != OutboxMessage.Status.QUEUED) {
            return;
        }
        try {
            sender.send(message.toMail());
            message.sent(clock.instant());
        } catch (MailSender.MailDeliveryException e) {
            LOG.log(Level.WARNING, "Mail " + messageId + " not delivered: " + e.getMessage());
            message.failedAttempt(e.getMessage());
        }
    }
}
