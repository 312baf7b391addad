package org.recordswatch.tagging.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.detect.TaxonomyJson;

/**
 * The stored taxonomy for use inside the application: the tagging pipeline reads {@link #current()} (background
 * work, no user), pages go through {@link TaxonomyService}. Callers provide the transaction.
 */
@ApplicationScoped
public class TaxonomyRepository {

    private static final Logger LOG = Logger.getLogger(TaxonomyRepository.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<TaxonomyChanged> changes;

    /** The stored taxonomy as the engine compiles it (the seed's, until the first start stored it). */
    public Taxonomy current() {
        TaxonomyState state = state().orElse(null);
        if (state == null) {
            return TaxonomyJson.seed();
        }
        return TaxonomyMapping.taxonomy(state.getVersion(), state.getEngineJson(), categories());
    }

    /** The stored version; cheap, for deciding whether a cached engine is still current. */
    public int version() {
        return state().map(TaxonomyState::getVersion).orElse(0);
    }

    public Optional<TaxonomyState> state() {
        return Optional.ofNullable(em.find(TaxonomyState.class, TaxonomyState.ID));
    }

    TaxonomyState lockedState() {
        return em.find(TaxonomyState.class, TaxonomyState.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public List<TaxonomyCategory> categories() {
        return em.createNamedQuery("TaxonomyCategory.all", TaxonomyCategory.class).getResultList();
    }

    public Optional<TaxonomyCategory> category(String code) {
        return em.createNamedQuery("TaxonomyCategory.byCode", TaxonomyCategory.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The category holding a detector, if any. */
    public Optional<TaxonomyCategory> categoryOfDetector(String key) {
        return em.createQuery("SELECT d.category FROM TaxonomyDetector d WHERE d.key = :key", TaxonomyCategory.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * Loads the seed at the first start; later, when the seed resource changed, takes its fragments, cues and legal
     * bases, and its categories too unless an administrator edited them (then they are kept and a warning logged).
     */
    public void seedIfNeeded() {
        String json = seedText();
        String hash = TaxonomyMapping.hash(json);
        TaxonomyState state = lockedState();
        if (state != null && state.getSeedHash().equals(hash)) {
            return;
        }
        Taxonomy seed = TaxonomyJson.read(json);
        var at = clock.instant();
        int version;
        if (state == null) {
            TaxonomyMapping.categories(seed, at, "system").forEach(em::persist);
            version = Math.max(1, seed.version());
            em.persist(new TaxonomyState(version, hash, TaxonomyMapping.engineJson(seed), at));
            LOG.info(() -> "Taxonomy seeded: " + seed.categories().size() + " categories");
        } else {
            boolean replace = !state.isEdited();
            if (replace) {
                for (TaxonomyCategory c : categories()) {
                    em.remove(c);
                }
                em.flush();
                TaxonomyMapping.categories(seed, at, "system").forEach(em::persist);
            } else {
                LOG.warning("The seed taxonomy changed but administrators edited the stored categories: they are kept;"
                        + " fragments, cues and legal bases were updated from the seed");
            }
            version = state.reseed(hash, TaxonomyMapping.engineJson(seed), replace, at);
        }
        em.flush();
        changes.fire(new TaxonomyChanged(version, "system", "seed"));
    }

    static String seedText() {
        try (InputStream in = TaxonomyJson.class.getResourceAsStream(TaxonomyJson.SEED)) {
            if (in == null) {
                throw new IllegalStateException("Seed taxonomy missing from the class path: " + TaxonomyJson.SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
