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
import java.time.Instant;
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
        return TaxonomyMapping.taxonomy(state.getVersion(), state.getEngineJson(), categories(), legalBases());
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

    public List<TaxonomyLegalBasis> legalBases() {
        return em.createNamedQuery("TaxonomyLegalBasis.all", TaxonomyLegalBasis.class).getResultList();
    }

    public Optional<TaxonomyLegalBasis> legalBasis(String code) {
        return em.createNamedQuery("TaxonomyLegalBasis.byCode", TaxonomyLegalBasis.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The category or legal basis holding a detector, if any. */
    public Optional<DetectorOwner> ownerOfDetector(String key) {
        return em.createQuery("SELECT d FROM TaxonomyDetector d WHERE d.key = :key", TaxonomyDetector.class)
                .setParameter("key", key).getResultStream().findFirst().map(TaxonomyDetector::getOwner);
    }

    /**
     * Loads the seed at the first start; later, when the seed resource changed, takes its fragments and cues, its
     * categories unless an administrator edited them, and its legal bases unless an administrator edited them (what
     * was edited is kept and a warning logged).
     */
    public void seedIfNeeded() {
        String json = seedText();
        String hash = TaxonomyMapping.hash(json);
        TaxonomyState state = lockedState();
        var at = clock.instant();
        if (state != null && legalBases().isEmpty()) {
            moveLegalBasesToRows(state, at);
        }
        if (state != null && state.getSeedHash().equals(hash)) {
            return;
        }
        Taxonomy seed = TaxonomyJson.read(json);
        int version;
        if (state == null) {
            TaxonomyMapping.categories(seed, at, "system").forEach(em::persist);
            TaxonomyMapping.legalBases(seed, at, "system").forEach(em::persist);
            version = Math.max(1, seed.version());
            em.persist(new TaxonomyState(version, hash, TaxonomyMapping.engineJson(seed), at));
            LOG.info(() -> "Taxonomy seeded: " + seed.categories().size() + " categories, "
                    + seed.legalBases().size() + " legal bases");
        } else {
            boolean categories = !state.isEdited();
            if (categories) {
                replace(categories(), TaxonomyMapping.categories(seed, at, "system"));
            }
            boolean bases = !state.isLegalBasesEdited();
            if (bases) {
                replace(legalBases(), TaxonomyMapping.legalBases(seed, at, "system"));
            }
            if (!categories || !bases) {
                String kept = !categories && !bases ? "categories and legal bases" : categories ? "legal bases"
                        : "categories";
                LOG.warning(() -> "The seed taxonomy changed but administrators edited the stored " + kept
                        + ": they are kept; the rest was updated from the seed");
            }
            version = state.reseed(hash, TaxonomyMapping.engineJson(seed), categories, bases, at);
        }
        em.flush();
        changes.fire(new TaxonomyChanged(version, "system", "seed"));
    }

    private void replace(List<? extends DetectorOwner> stored, List<? extends DetectorOwner> seeded) {
        stored.forEach(em::remove);
        em.flush();
        seeded.forEach(em::persist);
    }

    /**
     * A taxonomy stored before legal bases had rows ({@code V63}) keeps them in its JSON: they become rows as they
     * are (the engine runs the same taxonomy, the version stays) and leave the JSON.
     */
    private void moveLegalBasesToRows(TaxonomyState state, Instant at) {
        Taxonomy stored = TaxonomyJson.read(state.getEngineJson());
        if (stored.legalBases().isEmpty()) {
            return;
        }
        TaxonomyMapping.legalBases(stored, at, "system").forEach(em::persist);
        state.legalBasesMoved(TaxonomyMapping.engineJson(stored));
        em.flush();
        LOG.info(() -> "Taxonomy: " + stored.legalBases().size() + " legal bases moved into their table");
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
