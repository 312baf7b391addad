package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.communication.AnalysisTrigger;
import org.recordswatch.communication.CampaignAnalyses;
import org.recordswatch.communication.CampaignCorpus;
import org.recordswatch.communication.CampaignSources;
import org.recordswatch.platform.job.JobContext;
import org.recordswatch.platform.job.JobHandler;
import org.recordswatch.platform.job.JobPostponed;
import org.recordswatch.tagging.taxonomy.TaxonomyRepository;

/**
 * The "analyze" job of a campaign: reads every extracted document of the campaign, splits it into messages, resolves
 * duplicates and threads, tags them, and replaces the campaign's communications, threads and detector tags in one
 * transaction (ids stay stable by key; analyst decisions stay). It lives in tagging because it tags; the
 * communications feature queues it ({@link AnalysisTrigger}) and does the splitting.
 */
@ApplicationScoped
public class CampaignAnalysisJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(CampaignAnalysisJob.class.getName());

    /** The longest an analysis waits for its campaign's extractions (then it runs on what is there). */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    /** How often a waiting analysis looks whether the extractions are done. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    @Inject
    Clock clock;

    @Inject
    CampaignSources sources;

    @Inject
    CampaignAnalyses analyses;

    @Inject
    DirectorySource directory;

    @Inject
    CampaignAnalysisWriter writer;

    @Inject
    TaxonomyRepository taxonomies;

    @Override
    public String kind() {
        return AnalysisTrigger.KIND;
    }

    @Override
    public void run(JobContext context) {
        long campaignId = context.subjectId();
        Optional<Duration> wait = waitFor(sources.intakeBusy(campaignId),
                Duration.between(context.queuedAt(), clock.instant()));
        if (wait.isPresent()) {
            throw new JobPostponed("Waiting for the campaign's extractions to finish", wait.get());
        }
        analyses.started(campaignId);
        try {
            context.progress(0, 3, "split");
            CampaignCorpus corpus = sources.read(campaignId);
            context.progress(1, 3, "tag");
            List<MessageThread> threads = TaggableMessages.threads(corpus.resolution(), corpus::textOf);
            TaggingEngine engine = TaggingEngine.create(directory.current(), taxonomies.current());
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

    /**
     * Whether the analysis waits, and how long before it looks again: each analysis reads the whole campaign, so
     * while files are coming in or being extracted ({@link CampaignSources#intakeBusy}) it waits for them (one analysis after a batch instead of one per
     * file, and the CPU goes to the extraction), but never longer than {@link #MAX_WAIT} since it was queued, so
     * that a long batch still shows its communications as they come.
     */
    static Optional<Duration> waitFor(boolean intakeBusy, Duration queuedFor) {
        if (!intakeBusy || queuedFor.compareTo(MAX_WAIT) >= 0) {
            return Optional.empty();
        }
        Duration left = MAX_WAIT.minus(queuedFor);
        return Optional.of(left.compareTo(RECHECK) < 0 ? left : RECHECK);
    }

    @Override
    public void abandoned(JobContext context, String reason) {
        analyses.failed(context.subjectId(), reason);
    }
}
