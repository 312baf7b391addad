package org.recordswatch.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Where every outgoing mail goes first, inside the caller's transaction. With SMTP configured and a recipient, the
 * message is queued and delivered after commit ({@link MailDelivery}); otherwise it is held on the outbox page for
 * delivery by hand. Internal: features call it from their services, which have checked the caller.
 */
@Stateless
public class Outbox {

    public static final String HELD_NO_SMTP = "outbox.held.noSmtp";
    public static final String HELD_NO_RECIPIENT = "outbox.held.noRecipient";

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSettings smtp;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    public OutboxMessage queue(OutgoingMail mail, MailOwner owner) {
        OutboxMessage message = new OutboxMessage(mail, owner, clock.instant());
        if (mail.to().isEmpty()) {
            message.hold(HELD_NO_RECIPIENT);
        } else if (!smtp.configured()) {
            message.hold(HELD_NO_SMTP);
        }
        em.persist(message);
        em.flush();
        if (message.getStatus() == OutboxMessage.Status.QUEUED) {
            queued.fire(new MailQueued(message.getId()));
        }
        return message;
    }

    /** True when mail can leave the application by itself. */
    public boolean canSend() {
        return smtp.configured();
    }
}
