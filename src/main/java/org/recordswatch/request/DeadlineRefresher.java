package org.recordswatch.request;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.recordswatch.law.LawChanged;
import org.recordswatch.law.LawRepository;

/**
 * When an admin changes a law's clocks or a holiday calendar it uses, the deadlines of every request under that law
 * still in progress are computed again, inside the admin's transaction; each deadline that moves is logged with the
 * admin's name and the reason.
 */
@Dependent
public class DeadlineRefresher {

    private static final Logger LOG = Logger.getLogger(DeadlineRefresher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRepository repository;

    @Inject
    LawRepository laws;

    @Inject
    Clock clock;

    void onLawChanged(@Observes LawChanged change) {
        var law = laws.find(change.lawId()).orElse(null);
        if (law == null) {
            return;
        }
        var holidays = laws.holidaysFor(law);
        Actor actor = new Actor(change.changedBy(), null, clock.instant(), LocalDate.now(clock));
        int changed = 0;
        for (RecordsRequest r : repository.submittedUnderLaw(change.lawId())) {
            if (!r.recomputeDeadlines(holidays, actor, change.reason(), null).isEmpty()) {
                changed++;
            }
        }
        int n = changed;
        LOG.info(() -> "Law " + law.getCode() + " changed: deadlines moved on " + n + " request(s)");
    }
}
