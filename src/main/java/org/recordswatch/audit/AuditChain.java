package org.recordswatch.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Checks the audit trail's hash chain: every entry's {@code prev_hash} is its predecessor's {@code entry_hash}, every
 * {@code entry_hash} matches the entry's fields, and ids are gapless. Reads in pages, so the whole trail never sits
 * in memory.
 */
@ApplicationScoped
public class AuditChain {

    private static final int PAGE = 1000;
    static final String GENESIS = "0".repeat(64);

    @PersistenceContext
    EntityManager em;

    /** The first broken entry, described; empty when the whole chain is intact. */
    public Optional<String> firstBreak() {
        Verifier verifier = new Verifier();
        long after = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery(
                    "SELECT e FROM AuditEntry e WHERE e.id > :after ORDER BY e.id", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                return Optional.empty();
            }
            for (AuditEntry e : page) {
                Optional<String> broken = verifier.next(e);
                if (broken.isPresent()) {
                    return broken;
                }
                after = e.getId();
            }
            em.clear();
        }
    }

    /** Walks the chain one entry at a time, in id order. */
    static final class Verifier {
        private String expectedPrev = GENESIS;
        private long expectedId = 1;

        Optional<String> next(AuditEntry e) {
            if (e.getId() != expectedId) {
                return Optional.of("entry " + expectedId + " is missing");
            }
            if (!e.getPrevHash().equals(expectedPrev)) {
                return Optional.of("entry " + e.getId() + " does not follow entry " + (e.getId() - 1));
            }
            if (!e.computeHash().equals(e.getEntryHash())) {
                return Optional.of("entry " + e.getId() + " was altered");
            }
            expectedPrev = e.getEntryHash();
            expectedId++;
            return Optional.empty();
        }
    }
}
