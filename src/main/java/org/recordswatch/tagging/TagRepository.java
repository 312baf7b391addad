package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.communication.CommunicationAppearance;
import org.recordswatch.communication.CommunicationParty;

/** Queries over a campaign's tags and the communication details exports need; callers have checked access. */
@ApplicationScoped
public class TagRepository {

    @PersistenceContext
    EntityManager em;

    /** The tags of a campaign's communications by communication id. */
    public Map<Long, List<CommunicationTag>> tagsOfCampaign(long campaignId) {
        Map<Long, List<CommunicationTag>> out = new HashMap<>();
        for (CommunicationTag t : em.createQuery("SELECT t FROM CommunicationTag t JOIN t.communication c "
                + "WHERE c.campaignId = :campaign ORDER BY t.id", CommunicationTag.class)
                .setParameter("campaign", campaignId).getResultList()) {
            out.computeIfAbsent(t.getCommunication().getId(), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** The tags of a campaign's threads by thread id. */
    public Map<Long, List<ThreadTag>> threadTagsOfCampaign(long campaignId) {
        Map<Long, List<ThreadTag>> out = new HashMap<>();
        for (ThreadTag t : em.createQuery("SELECT t FROM ThreadTag t JOIN t.thread h WHERE h.campaignId = :campaign "
                + "ORDER BY t.id", ThreadTag.class).setParameter("campaign", campaignId).getResultList()) {
            out.computeIfAbsent(t.getThread().getId(), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** The tags of one communication. */
    public List<CommunicationTag> tagsOf(long communicationId) {
        return em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id = :c ORDER BY t.kind, t.code",
                CommunicationTag.class).setParameter("c", communicationId).getResultList();
    }

    /** The tags of one thread. */
    public List<ThreadTag> tagsOfThread(long threadId) {
        return em.createQuery("SELECT t FROM ThreadTag t WHERE t.thread.id = :t ORDER BY t.kind, t.code",
                ThreadTag.class).setParameter("t", threadId).getResultList();
    }

    /** Recipients of a campaign's communications by communication id, in header order. */
    public Map<Long, List<CommunicationParty>> recipientsOfCampaign(long campaignId) {
        Map<Long, List<CommunicationParty>> out = new HashMap<>();
        for (CommunicationParty p : em.createQuery("SELECT p FROM CommunicationParty p JOIN p.communication c "
                + "WHERE c.campaignId = :campaign ORDER BY p.kind, p.position", CommunicationParty.class)
                .setParameter("campaign", campaignId).getResultList()) {
            out.computeIfAbsent(p.getCommunication().getId(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** Appearances of a campaign's communications by communication id, first appearance first. */
    public Map<Long, List<CommunicationAppearance>> appearancesOfCampaign(long campaignId) {
        Map<Long, List<CommunicationAppearance>> out = new HashMap<>();
        for (CommunicationAppearance a : em.createQuery("SELECT a FROM CommunicationAppearance a JOIN a.communication c "
                + "WHERE c.campaignId = :campaign ORDER BY a.position", CommunicationAppearance.class)
                .setParameter("campaign", campaignId).getResultList()) {
            out.computeIfAbsent(a.getCommunication().getId(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
