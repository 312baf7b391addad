package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.communication.StoredCampaign;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.Finding;
import org.recordswatch.tagging.party.PartyResolution;

/**
 * Replaces a campaign's detector tags with a new tagging run, in the caller's transaction. Analyst decisions stay:
 * tags an analyst added, confirmed or rejected are kept, and the run does not propose again what an analyst already
 * decided (same kind and code). Internal: for the analysis job.
 */
@ApplicationScoped
public class TagStore {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public int replace(long campaignId, StoredCampaign stored, TaggingRun run) {
        em.createNativeQuery("DELETE t FROM communication_tag t JOIN communication c ON c.id = t.communication_id "
                + "WHERE c.campaign_id = ? AND t.source = 'DETECTOR' AND t.status = 'PROPOSED'")
                .setParameter(1, campaignId).executeUpdate();
        em.createNativeQuery("DELETE t FROM thread_tag t JOIN conversation_thread h ON h.id = t.thread_id "
                + "WHERE h.campaign_id = ? AND t.source = 'DETECTOR' AND t.status = 'PROPOSED'")
                .setParameter(1, campaignId).executeUpdate();
        Map<Long, List<CommunicationTag>> decided = new HashMap<>();
        for (CommunicationTag t : em.createNamedQuery("CommunicationTag.ofCampaign", CommunicationTag.class)
                .setParameter("campaign", campaignId).getResultList()) {
            decided.computeIfAbsent(t.getCommunication().getId(), k -> new ArrayList<>()).add(t);
        }
        Map<Long, List<ThreadTag>> decidedThreads = new HashMap<>();
        for (ThreadTag t : em.createNamedQuery("ThreadTag.ofCampaign", ThreadTag.class)
                .setParameter("campaign", campaignId).getResultList()) {
            decidedThreads.computeIfAbsent(t.getThread().getId(), k -> new ArrayList<>()).add(t);
        }
        int count = 0;
        for (Map.Entry<String, Communication> e : stored.communications().entrySet()) {
            MessageTags tags = run.message(e.getKey());
            if (tags == null) {
                continue;
            }
            List<CommunicationTag> keep = decided.getOrDefault(e.getValue().getId(), List.of());
            for (CommunicationTag t : proposals(e.getValue(), tags)) {
                if (keep.stream().noneMatch(k -> k.sameClaim(t.getKind(), t.getCode()))) {
                    em.persist(t);
                    count++;
                }
            }
        }
        for (Map.Entry<String, ConversationThread> e : stored.threads().entrySet()) {
            ThreadTags tags = run.thread(e.getKey());
            if (tags == null) {
                continue;
            }
            List<ThreadTag> keep = decidedThreads.getOrDefault(e.getValue().getId(), List.of());
            for (ThreadTag t : proposals(e.getValue(), tags)) {
                if (keep.stream().noneMatch(k -> k.getKind() == t.getKind() && k.getCode().equals(t.getCode()))) {
                    em.persist(t);
                    count++;
                }
            }
        }
        em.flush();
        return count;
    }

    /** The tags a run proposes for one communication. */
    static List<CommunicationTag> proposals(Communication c, MessageTags tags) {
        List<CommunicationTag> out = new ArrayList<>();
        PartyResolution sender = tags.sender();
        if (sender != null && !sender.exportCode().isEmpty()) {
            out.add(CommunicationTag.detected(c, TagKind.SENDER_ORG, sender.exportCode(),
                    "party:" + sender.method().name().toLowerCase(java.util.Locale.ROOT), sender.confidence())
                    .foundIn("HEADER", null, null, null, null, note(sender)));
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (PartyResolution r : tags.recipients()) {
            if (!r.exportCode().isEmpty() && recipients.add(r.exportCode())) {
                out.add(CommunicationTag.detected(c, TagKind.RECIPIENT_ORG, r.exportCode(),
                        "party:" + r.method().name().toLowerCase(java.util.Locale.ROOT), r.confidence())
                        .foundIn("HEADER", null, null, null, null, note(r)));
            }
        }
        if (tags.direction() != null) {
            out.add(CommunicationTag.detected(c, TagKind.DIRECTION, tags.direction().code(), "direction", 1.0));
        }
        if (tags.legalBasis() != null) {
            CommunicationTag basis = CommunicationTag.detected(c, TagKind.LEGAL_BASIS, tags.legalBasis().code(),
                    "legal-basis", null);
            if (!tags.basisEvidence().isEmpty()) {
                Finding f = tags.basisEvidence().get(0);
                basis = CommunicationTag.detected(c, TagKind.LEGAL_BASIS, tags.legalBasis().code(), f.detectorId(),
                        f.confidence()).foundIn(f.source().kind().name(), f.source().name(), f.start(), f.end(),
                                null, f.excerpt());
            }
            out.add(basis);
        }
        for (CategoryCode category : tags.categories()) {
            CategoryHit best = tags.hits().stream().filter(h -> h.category().equals(category))
                    .max(Comparator.comparingDouble(CategoryHit::confidence)).orElse(null);
            CommunicationTag t = best == null
                    ? CommunicationTag.detected(c, TagKind.CATEGORY, category.value(), "category", null)
                    : CommunicationTag.detected(c, TagKind.CATEGORY, category.value(), best.detectorId(),
                            best.confidence()).foundIn(best.source().kind().name(), best.source().name(),
                                    best.start(), best.end(), null, best.excerpt());
            out.add(t.disclosed(tags.disclosed().contains(category)));
        }
        return out;
    }

    /** The tags a run proposes for one thread. */
    static List<ThreadTag> proposals(ConversationThread thread, ThreadTags tags) {
        List<ThreadTag> out = new ArrayList<>();
        if (!tags.initiatorCode().isEmpty()) {
            out.add(new ThreadTag(thread, ThreadTagKind.INITIATOR, tags.initiatorCode()));
        }
        if (tags.outcome() != null) {
            out.add(new ThreadTag(thread, ThreadTagKind.OUTCOME, tags.outcome().code()));
        }
        if (tags.counterpart() != null && !tags.counterpart().isBlank()) {
            out.add(new ThreadTag(thread, ThreadTagKind.COUNTERPART, tags.counterpart()));
        }
        if (tags.legalBasis() != null) {
            out.add(new ThreadTag(thread, ThreadTagKind.LEGAL_BASIS, tags.legalBasis().code()));
        }
        return out;
    }

    private static String note(PartyResolution r) {
        String party = r.party() == null ? "" : r.party().toString();
        return r.note() == null || r.note().isBlank() ? party : party + " (" + r.note() + ")";
    }
}
