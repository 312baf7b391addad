package org.recordswatch.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Records where each campaign's analysis stands (queued, running, done, failed). Internal: for the analysis job. */
@ApplicationScoped
public class CampaignAnalyses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    public void queued(long campaignId) {
        CampaignAnalysis a = em.find(CampaignAnalysis.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            em.persist(new CampaignAnalysis(campaignId));
        } else {
            a.queue();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long campaignId) {
        find(campaignId).start(clock.instant());
    }

    /** In the transaction that stores the results. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(long campaignId, int documents, int communications, int threads) {
        find(campaignId).finish(documents, communications, threads, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void failed(long campaignId, String reason) {
        find(campaignId).fail(reason, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CampaignAnalysis> of(long campaignId) {
        return Optional.ofNullable(em.find(CampaignAnalysis.class, campaignId));
    }

    private CampaignAnalysis find(long campaignId) {
        CampaignAnalysis a = em.find(CampaignAnalysis.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            a = new CampaignAnalysis(campaignId);
            em.persist(a);
        }
        return a;
    }
}
