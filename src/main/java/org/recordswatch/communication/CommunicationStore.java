package org.recordswatch.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recordswatch.communication.parse.resolve.ConversationThread;
import org.recordswatch.communication.parse.resolve.Resolution;

/**
 * Replaces a campaign's derived communications and threads with a new analysis, in the caller's transaction. Rows are
 * matched by stable key: a communication or thread found again keeps its id (and whatever is stored against it, such
 * as analyst decisions on its tags); one no longer found is removed with its parties, appearances and tags. Internal:
 * for the analysis job.
 */
@ApplicationScoped
public class CommunicationStore {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredCampaign replace(CampaignCorpus corpus, Instant at) {
        long campaignId = corpus.campaignId();
        Resolution resolution = corpus.resolution();
        Map<String, org.recordswatch.communication.ConversationThread> oldThreads = new HashMap<>();
        for (var t : em.createNamedQuery("ConversationThread.ofCampaign",
                org.recordswatch.communication.ConversationThread.class).setParameter("campaign", campaignId)
                .getResultList()) {
            oldThreads.put(t.getStableKey(), t);
        }
        Map<String, Communication> oldCommunications = new HashMap<>();
        for (Communication c : em.createNamedQuery("Communication.ofCampaign", Communication.class)
                .setParameter("campaign", campaignId).getResultList()) {
            oldCommunications.put(c.getStableKey(), c);
        }

        Map<String, List<org.recordswatch.communication.parse.resolve.Communication>> members = membersByThread(
                resolution);
        Map<String, org.recordswatch.communication.ConversationThread> threads = new LinkedHashMap<>();
        Map<String, String> threadOf = new HashMap<>();
        for (var entry : members.entrySet()) {
            var thread = oldThreads.remove(entry.getKey());
            if (thread == null) {
                thread = new org.recordswatch.communication.ConversationThread(campaignId, entry.getKey());
                em.persist(thread);
            }
            Instant first = null;
            Instant last = null;
            for (var c : entry.getValue()) {
                threadOf.put(c.id(), entry.getKey());
                if (c.primary().sentAt() != null) {
                    Instant s = c.primary().sentAt().toInstant();
                    first = first == null || s.isBefore(first) ? s : first;
                    last = last == null || s.isAfter(last) ? s : last;
                }
            }
            thread.describe(subjectOf(resolution, entry.getKey(), entry.getValue()), first, last,
                    entry.getValue().size(), at);
            threads.put(entry.getKey(), thread);
        }

        Map<String, Communication> communications = new LinkedHashMap<>();
        for (var c : resolution.communications()) {
            CommunicationContent content = corpus.content(c);
            if (content == null) {
                continue;
            }
            Communication stored = oldCommunications.remove(c.id());
            if (stored == null) {
                stored = new Communication(campaignId, c.id());
                stored.update(content, threads.get(threadOf.get(c.id())), at);
                em.persist(stored);
            } else {
                stored.update(content, threads.get(threadOf.get(c.id())), at);
            }
            communications.put(c.id(), stored);
        }
        for (Communication gone : oldCommunications.values()) {
            em.remove(gone);
        }
        em.flush();
        for (var gone : oldThreads.values()) {
            em.remove(gone);
        }
        em.flush();
        return new StoredCampaign(communications, threads, threadOf);
    }

    /**
     * The communications of each thread, in the resolver's thread order; a communication the resolver put in no
     * listed thread gets a thread of its own (as the tagging adapter does).
     */
    static Map<String, List<org.recordswatch.communication.parse.resolve.Communication>> membersByThread(
            Resolution resolution) {
        Map<String, org.recordswatch.communication.parse.resolve.Communication> byId = new LinkedHashMap<>();
        resolution.communications().forEach(c -> byId.put(c.id(), c));
        Map<String, List<org.recordswatch.communication.parse.resolve.Communication>> out = new LinkedHashMap<>();
        for (ConversationThread t : resolution.threads()) {
            List<org.recordswatch.communication.parse.resolve.Communication> list = new ArrayList<>();
            for (String id : t.communicationIds()) {
                var c = byId.remove(id);
                if (c != null) {
                    list.add(c);
                }
            }
            if (!list.isEmpty()) {
                out.computeIfAbsent(t.id(), k -> new ArrayList<>()).addAll(list);
            }
        }
        for (var c : byId.values()) {
            out.computeIfAbsent(c.threadId() == null ? c.id() : c.threadId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private static String subjectOf(Resolution resolution, String threadKey,
            List<org.recordswatch.communication.parse.resolve.Communication> members) {
        for (ConversationThread t : resolution.threads()) {
            if (t.id().equals(threadKey) && t.subject() != null && !t.subject().isBlank()) {
                return t.subject();
            }
        }
        return members.stream().map(c -> c.primary().subject()).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .findFirst().orElse("");
    }
}
