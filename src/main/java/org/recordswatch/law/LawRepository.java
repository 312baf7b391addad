package org.recordswatch.law;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Laws and holiday calendars for use inside the application (the request workflow, background work). Pages and REST
 * resources go through {@link LawService}.
 */
@ApplicationScoped
public class LawRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Law> find(long id) {
        return Optional.ofNullable(em.find(Law.class, id));
    }

    public List<Law> all() {
        return em.createNamedQuery("Law.findAll", Law.class).getResultList();
    }

    /** The public-records law that applies to agencies of a jurisdiction. */
    public Optional<Law> forJurisdiction(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Law.findByJurisdiction", Law.class)
                .setParameter("jurisdiction", jurisdiction.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<HolidayCalendar> calendar(String jurisdiction) {
        return em.createNamedQuery("HolidayCalendar.findByJurisdiction", HolidayCalendar.class)
                .setParameter("jurisdiction", jurisdiction).getResultStream().findFirst();
    }

    public List<HolidayCalendar> calendars() {
        return em.createNamedQuery("HolidayCalendar.findAll", HolidayCalendar.class).getResultList();
    }

    /** The holidays a law counts with; only weekends when its calendar is missing. */
    public Holidays holidaysFor(Law law) {
        return calendar(law.getCalendarJurisdiction()).<Holidays>map(c -> c).orElse(Holidays.NONE);
    }

    /** The ids of laws that count with a jurisdiction's calendar. */
    public List<Long> lawsUsingCalendar(String jurisdiction) {
        return em.createQuery("SELECT l.id FROM Law l WHERE l.calendarJurisdiction = :j", Long.class)
                .setParameter("j", jurisdiction).getResultList();
    }
}
