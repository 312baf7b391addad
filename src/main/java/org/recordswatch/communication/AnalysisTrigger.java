package org.recordswatch.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.extraction.DocumentExtracted;
import org.recordswatch.platform.job.JobPriority;
import org.recordswatch.platform.job.JobQueue;
import org.recordswatch.platform.job.TransientFailures;

/**
 * Queues the analysis of a campaign whenever one of its documents has been extracted: one "analyze" job per campaign,
 * coalesced (documents extracted while a job is queued join it; a document extracted while it runs queues one more).
 */
@ApplicationScoped
public class AnalysisTrigger {

    /** The job kind of a campaign's analysis (subject: the campaign id). */
    public static final String KIND = "analyze";

    private static final Logger LOG = Logger.getLogger(AnalysisTrigger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobQueue jobs;

    @Inject
    CampaignAnalyses analyses;

    /** This bean through its proxy, so that {@link #queueFor} runs in a transaction of its own each time. */
    @Inject
    AnalysisTrigger self;

    /**
     * Queues the analysis of the document's campaign. Workers finishing files of one campaign at once can deadlock on
     * its analysis row; that is retried, each time in a new transaction.
     */
    public void onExtracted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentExtracted event) {
        TransientFailures.retry(() -> self.queueFor(event));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void queueFor(DocumentExtracted event) {
        List<Long> campaign = em.createQuery("SELECT r.campaign.id FROM RecordsRequest r WHERE r.id = :id", Long.class)
                .setParameter("id", event.requestId()).getResultList();
        if (campaign.isEmpty()) {
            LOG.log(Level.WARNING, "Extracted document {0} has no request {1}",
                    new Object[] {event.documentId(), event.requestId()});
            return;
        }
        queue(campaign.get(0));
    }

    /** Queues (coalesced) the analysis of a campaign. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void queue(long campaignId) {
        analyses.queued(campaignId);
        jobs.enqueue(KIND, campaignId, null, true, JobPriority.BACKGROUND);
    }
}
