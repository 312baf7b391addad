package org.recordswatch.platform.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;

/** A user's own notifications: only ever the caller's. */
@Stateless
@Authorized
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    public List<Notification> mine(int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.userId = :u ORDER BY n.id DESC", Notification.class)
                .setParameter("u", me()).setMaxResults(Math.min(max, 200)).getResultList();
    }

    public long unread() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u AND n.readAt IS NULL",
                Long.class)
                .setParameter("u", me()).getSingleResult();
    }

    public void markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getUserId().equals(me())) {
            throw new NotFoundException("notification", id);
        }
        n.markRead(clock.instant());
    }

    public void markAllRead() {
        for (Notification n : em.createQuery("SELECT n FROM Notification n WHERE n.userId = :u AND n.readAt IS NULL",
                Notification.class).setParameter("u", me()).getResultList()) {
            n.markRead(clock.instant());
        }
    }

    private long me() {
        Long id = callers.current().userId();
        return id == null ? -1L : id;
    }
}
