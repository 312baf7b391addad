package org.recordswatch.request;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.mail.MailOwner;
import org.recordswatch.platform.mail.Outbox;
import org.recordswatch.platform.mail.OutboxMessage;

/**
 * Submitting a request and following it up: the workflow step, the clocks, the e-mail to the custodian (through the
 * outbox, never dropped) and the correspondence entry that records it. Called by services that checked the caller.
 */
@Dependent
public class Submissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestAccess access;

    @Inject
    LetterComposer composer;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    void submit(RecordsRequest r, LocalDate receivedOn, boolean byEmail, String note) {
        Actor actor = access.actor();
        r.submit(receivedOn, actor, note);
        access.recompute(r, actor, "deadline.reason.SUBMITTED", note);
        Long outboxId = null;
        Correspondence.Kind kind = Correspondence.Kind.LETTER;
        if (byEmail) {
            OutboxMessage m = outbox.queue(composer.submission(r, receivedOn), owner(r, actor));
            outboxId = m.getId();
            kind = Correspondence.Kind.EMAIL;
        }
        em.persist(new Correspondence(r, kind, Correspondence.Direction.OUTGOING, receivedOn, r.getLetterSubject(),
                r.getLetterText(), actor, outboxId));
        audit.record(actor.username(), "REQUEST_SUBMIT", "records_request", String.valueOf(r.getId()));
    }

    /** A follow-up e-mail to the custodian; returns the outbox message. */
    OutboxMessage remind(RecordsRequest r) {
        Actor actor = access.actor();
        var mail = composer.reminder(r, actor.today());
        OutboxMessage m = outbox.queue(mail, owner(r, actor));
        em.persist(new Correspondence(r, Correspondence.Kind.EMAIL, Correspondence.Direction.OUTGOING, actor.today(),
                mail.subject(), mail.body(), actor, m.getId()));
        audit.record(actor.username(), "REQUEST_REMIND", "records_request", String.valueOf(r.getId()));
        return m;
    }

    private static MailOwner owner(RecordsRequest r, Actor actor) {
        return new MailOwner(r.getCampaign().getOrganization().getId(), null, actor.username(), "records_request",
                String.valueOf(r.getId()));
    }
}
