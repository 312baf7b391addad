package org.recordswatch.tagging.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.agency.AgencyRepository;
import org.recordswatch.tagging.MessageTags;
import org.recordswatch.tagging.TaggingRun;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyResolution;
import org.recordswatch.tagging.party.ResolutionMethod;

/**
 * Where the tagging pipeline leaves what it could not place in the directory (background work, no user; the caller
 * provides the transaction). Analysts decide through {@link DirectoryProposalService}.
 *
 * <pre>{@code
 * TaggingRun run = engine.tag(threads);
 * directoryProposals.record(campaignId, run);
 * }</pre>
 */
@ApplicationScoped
public class DirectoryProposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    Clock clock;

    /** What a call stored: rows created and rows seen again. */
    public record Recorded(int created, int seenAgain) {
    }

    /** Records a run's proposals and the parties it flagged, each with the first message it was seen in. */
    public Recorded record(Long campaignId, TaggingRun run) {
        Map<String, String> examples = new HashMap<>();
        for (MessageTags t : run.messages().values()) {
            List<PartyResolution> parties = new ArrayList<>();
            parties.add(t.sender());
            parties.addAll(t.recipients());
            for (PartyResolution r : parties) {
                if (r == null) {
                    continue;
                }
                if (r.proposal() != null) {
                    examples.putIfAbsent(DirectoryProposal.Kind.NEW_AGENCY + DirectoryProposal.key(r.proposal()),
                            t.messageId());
                }
                if (r.party() != null && DirectoryProposal.key(r.party()) != null) {
                    examples.putIfAbsent(DirectoryProposal.Kind.UNKNOWN_PARTY + DirectoryProposal.key(r.party()),
                            t.messageId());
                }
            }
        }
        return record(campaignId, run.proposals(), run.needsReview(), examples);
    }

    /**
     * Records proposed agencies (one row per domain; skipped when the directory already has the domain) and flagged
     * parties (unresolved, shared-domain guesses, weak resolutions; proposals are recorded as agencies instead).
     * A row seen before is counted again, whatever its status: a dismissed proposal is not reopened.
     *
     * @param examples message ids by kind name + subject key ({@code NEW_AGENCYtx.gov}), optional
     */
    public Recorded record(Long campaignId, List<AgencyProposal> proposals, List<PartyResolution> needsReview,
            Map<String, String> examples) {
        Instant now = clock.instant();
        int created = 0;
        int again = 0;
        for (AgencyProposal p : proposals) {
            if (p.domain() == null || p.domain().isBlank()
                    || !agencies.findByDomain(DirectoryProposal.key(p)).isEmpty()) {
                continue;
            }
            String key = DirectoryProposal.key(p);
            Optional<DirectoryProposal> existing = find(DirectoryProposal.Kind.NEW_AGENCY, campaignId, key);
            if (existing.isPresent()) {
                existing.get().seenAgain(now, p.evidence());
                again++;
            } else {
                em.persist(DirectoryProposal.newAgency(p, campaignId,
                        examples.get(DirectoryProposal.Kind.NEW_AGENCY + key), now));
                created++;
            }
        }
        for (PartyResolution r : needsReview) {
            if (r.party() == null || r.method() == ResolutionMethod.PROPOSED || r.proposal() != null) {
                continue;
            }
            String key = DirectoryProposal.key(r.party());
            if (key == null || key.isBlank()) {
                continue;
            }
            Optional<DirectoryProposal> existing = find(DirectoryProposal.Kind.UNKNOWN_PARTY, campaignId, key);
            if (existing.isPresent()) {
                existing.get().seenAgain(now, r.note());
                again++;
            } else {
                em.persist(DirectoryProposal.unknownParty(r, campaignId,
                        examples.get(DirectoryProposal.Kind.UNKNOWN_PARTY + key), now));
                created++;
            }
        }
        em.flush();
        return new Recorded(created, again);
    }

    Optional<DirectoryProposal> find(DirectoryProposal.Kind kind, Long campaignId, String key) {
        var q = em.createNamedQuery(campaignId == null ? "DirectoryProposal.bySubjectWithoutCampaign"
                : "DirectoryProposal.bySubject", DirectoryProposal.class).setParameter("kind", kind)
                .setParameter("key", key.length() > 255 ? key.substring(0, 255) : key);
        if (campaignId != null) {
            q.setParameter("campaign", campaignId);
        }
        return q.getResultStream().findFirst();
    }

    /** The other open proposals of the same domain (from other campaigns). */
    public List<DirectoryProposal> openForDomain(String domain) {
        return em.createNamedQuery("DirectoryProposal.openForDomain", DirectoryProposal.class)
                .setParameter("kind", DirectoryProposal.Kind.NEW_AGENCY).setParameter("domain", domain)
                .getResultList();
    }

    public Optional<DirectoryProposal> find(long id) {
        return Optional.ofNullable(em.find(DirectoryProposal.class, id));
    }

    /**
     * A page of proposals, newest-most-seen first. With {@code organizationId} non-null only those of campaigns of
     * that organization, or shared with {@code coalitionId}; with both null, all (admins).
     */
    public List<DirectoryProposal> page(DirectoryProposal.Status status, DirectoryProposal.Kind kind,
            Long organizationId, Long coalitionId, boolean all, int first, int max) {
        var q = em.createQuery("SELECT p FROM DirectoryProposal p" + where(status, kind, all)
                + " ORDER BY p.kind, p.seenCount DESC, p.lastSeenAt DESC, p.id", DirectoryProposal.class);
        bind(q, status, kind, organizationId, coalitionId, all);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    public long count(DirectoryProposal.Status status, DirectoryProposal.Kind kind, Long organizationId,
            Long coalitionId, boolean all) {
        var q = em.createQuery("SELECT COUNT(p) FROM DirectoryProposal p" + where(status, kind, all), Long.class);
        bind(q, status, kind, organizationId, coalitionId, all);
        return q.getSingleResult();
    }

    private static String where(DirectoryProposal.Status status, DirectoryProposal.Kind kind, boolean all) {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("p.status = :status");
        }
        if (kind != null) {
            parts.add("p.kind = :kind");
        }
        if (!all) {
            parts.add("p.campaignId IN (SELECT c.id FROM Campaign c JOIN c.organization o LEFT JOIN o.coalition co"
                    + " WHERE o.id = :org OR (c.sharedWithCoalition = TRUE AND co.id = :coalition))");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static void bind(jakarta.persistence.Query q, DirectoryProposal.Status status,
            DirectoryProposal.Kind kind, Long organizationId, Long coalitionId, boolean all) {
        if (!all) {
            q.setParameter("org", organizationId == null ? -1L : organizationId);
            q.setParameter("coalition", coalitionId == null ? -1L : coalitionId);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        if (kind != null) {
            q.setParameter("kind", kind);
        }
    }
}
