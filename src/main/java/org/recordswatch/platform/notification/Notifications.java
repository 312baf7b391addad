package org.recordswatch.platform.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Creates notifications; internal, for background work and services that have checked their caller. */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Notification notify(long userId, String messageKey, List<String> args, String link) {
        Notification n = new Notification(userId, clock.instant(), messageKey, args, link);
        em.persist(n);
        return n;
    }
}
