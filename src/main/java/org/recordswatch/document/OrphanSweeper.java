package org.recordswatch.document;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes blobs that no document row references — left behind when a database write failed after the bytes were
 * stored — and temporary files of interrupted uploads, once they are older than a grace period (so an upload whose
 * row is about to be committed is never touched). Runs every hour.
 */
@Singleton
public class OrphanSweeper {

    private static final Logger LOG = Logger.getLogger(OrphanSweeper.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "rw.store.sweep-grace-minutes", defaultValue = "360")
    long graceMinutes;

    /** What a sweep did. */
    public record Sweep(int blobsRemoved, int temporaryFilesRemoved) {
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        try {
            Sweep s = sweep(Duration.ofMinutes(graceMinutes));
            if (s.blobsRemoved() + s.temporaryFilesRemoved() > 0) {
                LOG.info(() -> "Swept " + s.blobsRemoved() + " unreferenced blob(s) and " + s.temporaryFilesRemoved()
                        + " stale temporary file(s) from the document store");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The document-store sweep failed; it runs again in an hour", e);
        }
    }

    /** Sweeps now, with the given grace period. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sweep sweep(Duration grace) throws IOException {
        Instant cutoff = clock.instant().minus(grace);
        int temps = store.removeStaleTemporaryFiles(cutoff);
        List<ContentDigest> candidates = new ArrayList<>();
        store.forEachBlob(blob -> {
            if (blob.modified().isBefore(cutoff)) {
                candidates.add(blob.digest());
            }
        });
        int removed = 0;
        for (int i = 0; i < candidates.size(); i += CHUNK) {
            List<ContentDigest> chunk = candidates.subList(i, Math.min(candidates.size(), i + CHUNK));
            Set<String> referenced = referenced(chunk);
            for (ContentDigest digest : chunk) {
                if (!referenced.contains(digest.hex())) {
                    store.delete(digest);
                    removed++;
                }
            }
        }
        return new Sweep(removed, temps);
    }

    private Set<String> referenced(List<ContentDigest> digests) {
        List<String> hexes = digests.stream().map(ContentDigest::hex).toList();
        return new HashSet<>(em.createQuery(
                "SELECT DISTINCT d.digest.hex FROM Document d WHERE d.digest.hex IN :hexes", String.class)
                .setParameter("hexes", hexes).getResultList());
    }
}
