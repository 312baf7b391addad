package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.communication.AnalysisTrigger;
import org.recordswatch.communication.CampaignAnalyses;
import org.recordswatch.communication.CampaignCorpus;
import org.recordswatch.communication.CampaignSources;
import org.recordswatch.platform.job.JobContext;
import org.recordswatch.platform.job.JobHandler;
import org.recordswatch.tagging.detect.TaxonomyJson;

/**
 * The "analyze" job of a campaign: reads every extracted document of the campaign, splits it into messages, resolves
 * duplicates and threads, tags them, and replaces the campaign's communications, threads and detector tags in one
 * transaction (ids stay stable by key; analyst decisions stay). It lives in tagging because it tags; the
 * communications feature queues it ({@link AnalysisTrigger}) and does the splitting.
 */
@ApplicationScoped
public class CampaignAnalysisJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(CampaignAnalysisJob.class.getName());

    @Inject
    CampaignSources sources;

    @Inject
    CampaignAnalyses analyses;

    @Inject
    DirectorySource directory;

    @Inject
    CampaignAnalysisWriter writer;

    @Override
    public String kind() {
        return AnalysisTrigger.KIND;
    }

    @Override
    public void run(JobContext context) {
        long campaignId = context.subjectId();
        analyses.started(campaignId);
        try {
            context.progress(0, 3, "split");
            CampaignCorpus corpus = sources.read(campaignId);
            context.progress(1, 3, "tag");
            List<MessageThread> threads = TaggableMessages.threads(corpus.resolution(), corpus::textOf);
            TaggingEngine engine = TaggingEngine.create(directory.current(), TaxonomyJson.seed());
            TaggingRun run = engine.tag(threads);
            context.progress(2, 3, "store");
            writer.store(corpus, run, context);
            LOG.log(Level.INFO, "Campaign {0} analysed: {1} documents, {2} communications, {3} threads",
                    new Object[] {campaignId, corpus.documents(), corpus.resolution().communications().size(),
                        threads.size()});
        } catch (RuntimeException e) {
            analyses.failed(campaignId, e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public void abandoned(JobContext context, String reason) {
        analyses.failed(context.subjectId(), reason);
    }
}
