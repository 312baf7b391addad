package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.recordswatch.communication.CampaignAnalyses;
import org.recordswatch.communication.CampaignCorpus;
import org.recordswatch.communication.CommunicationStore;
import org.recordswatch.communication.StoredCampaign;
import org.recordswatch.platform.job.JobContext;

/** Stores one analysis of a campaign (communications, threads, tags, status, the job's end) in one transaction. */
@ApplicationScoped
public class CampaignAnalysisWriter {

    @Inject
    CommunicationStore communications;

    @Inject
    TagStore tags;

    @Inject
    CampaignAnalyses analyses;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoredCampaign store(CampaignCorpus corpus, TaggingRun run, JobContext context) {
        StoredCampaign stored = communications.replace(corpus, clock.instant());
        tags.replace(corpus.campaignId(), stored, run);
        analyses.finished(corpus.campaignId(), corpus.documents(), stored.communications().size(),
                stored.threads().size());
        if (context != null) {
            context.finish("DONE", stored.communications().size() + " communications");
        }
        return stored;
    }
}
