package org.recordswatch.request;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.recordswatch.law.LawRepository;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;

/**
 * What the request services share: finding a campaign or request the caller may see (anything else is "not found"
 * and announced as a refusal), the actor and today's date, and recomputing a request's clocks with its law's
 * holidays. Used inside the services' transactions only.
 */
@Dependent
public class RequestAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    LawRepository laws;

    @Inject
    Event<AccessRefused> refusals;

    Caller caller() {
        return callers.current();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Actor actor() {
        Caller c = callers.current();
        return new Actor(c.username(), c.role(), clock.instant(), today());
    }

    /** The actor of background work. */
    Actor system() {
        return new Actor("system", null, clock.instant(), today());
    }

    RecordsRequest visible(long id, String action) {
        RecordsRequest r = em.find(RecordsRequest.class, id);
        if (r == null || !r.isVisibleTo(caller())) {
            throw refuse(action, "records_request", id);
        }
        return r;
    }

    RecordsRequest trackable(long id, String action) {
        RecordsRequest r = visible(id, action);
        if (!r.isTrackableBy(caller())) {
            throw refuse(action, "records_request", id);
        }
        return r;
    }

    Campaign campaign(long id, String action) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null || !c.isVisibleTo(caller())) {
            throw refuse(action, "campaign", id);
        }
        return c;
    }

    Campaign ownedCampaign(long id, String action) {
        Campaign c = campaign(id, action);
        if (!c.isOwnedBy(caller())) {
            throw refuse(action, "campaign", id);
        }
        return c;
    }

    /** Announces the refusal (the audit trail records it) and returns the 404 to throw. */
    NotFoundException refuse(String action, String type, Object id) {
        refusals.fire(new AccessRefused(caller().username(), action, type, String.valueOf(id)));
        return new NotFoundException(type, id);
    }

    List<DeadlineChange> recompute(RecordsRequest r, Actor actor, String reasonKey, String note) {
        return r.recomputeDeadlines(r.getLaw() == null ? null : laws.holidaysFor(r.getLaw()), actor, reasonKey, note);
    }
}
