package org.recordswatch.communication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.job.JobQueue;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Role;

/**
 * The communications explorer: a campaign's communications (filtered, paged), its threads, one message with its
 * parties, appearances and source text, and the state of the campaign's analysis. Scoped by
 * {@link CommunicationAccess}: admins, and advocates and analysts of the campaign's organization (or coalition, when
 * shared); records officers see none (404).
 */
@Stateless
public class CommunicationService {

    private static final int MAX_PAGE = 500;

    @Inject
    CommunicationAccess access;

    @Inject
    CommunicationRepository repository;

    @Inject
    CampaignAnalyses analyses;

    @Inject
    AnalysisTrigger trigger;

    @Inject
    JobQueue jobs;

    @Inject
    AuditTrail audit;

    @Authorized
    public List<Communication> communications(long campaignId, CommunicationFilter filter, int first, int max) {
        access.campaign(campaignId, "READ");
        return repository.find(campaignId, filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
    }

    @Authorized
    public long count(long campaignId, CommunicationFilter filter) {
        access.campaign(campaignId, "READ");
        return repository.count(campaignId, filter);
    }

    /** One communication with its recipients, appearances and attachments loaded; the view is audited. */
    @Authorized
    public Communication communication(long id) {
        Communication c = access.communication(id, "READ");
        audit.record(access.caller().username(), "VIEW_COMMUNICATION", "communication", String.valueOf(id));
        c.getRecipients().size();
        c.getAppearances().size();
        c.getAttachments().size();
        if (c.getThread() != null) {
            c.getThread().getSubject();
        }
        return c;
    }

    @Authorized
    public ConversationThread thread(long threadId) {
        return access.thread(threadId, "READ");
    }

    /** The messages of a thread, oldest first, recipients loaded. */
    @Authorized
    public List<Communication> threadMessages(long threadId) {
        ConversationThread t = access.thread(threadId, "READ");
        List<Communication> list = repository.find(t.getCampaignId(), CommunicationFilter.ofThread(threadId), 0,
                MAX_PAGE);
        list.forEach(c -> c.getRecipients().size());
        return list;
    }

    @Authorized
    public List<ConversationThread> threads(long campaignId) {
        access.campaign(campaignId, "READ");
        return repository.threads(campaignId);
    }

    /** The producing agencies (codes) of a campaign's communications, for the agency filter. */
    @Authorized
    public List<String> agencies(long campaignId) {
        access.campaign(campaignId, "READ");
        return repository.agencies(campaignId);
    }

    /** The text of the pages (or document) where a communication first appears. */
    @Authorized
    public SourceView source(long communicationId) {
        Communication c = access.communication(communicationId, "READ");
        if (c.getPageFrom() != null) {
            return new SourceView(c.getDocumentId(), c.getDocumentName(), c.getLocator(),
                    repository.pageTexts(c.getDocumentId(), c.getPageFrom(), c.getPageTo()), "");
        }
        return new SourceView(c.getDocumentId(), c.getDocumentName(), c.getLocator(), java.util.Map.of(),
                repository.documentText(c.getDocumentId()));
    }

    /** Extraction and analysis progress of a campaign. */
    @Authorized
    public AnalysisState analysis(long campaignId) {
        access.campaign(campaignId, "READ");
        CommunicationRepository.ExtractionProgress p = repository.extractionProgress(campaignId);
        Optional<CampaignAnalysis> a = analyses.of(campaignId);
        boolean pending = jobs.latest(AnalysisTrigger.KIND, campaignId).map(j -> !j.isFinished()).orElse(false);
        return new AnalysisState(campaignId, p.documents(), p.extracting(), p.lastFinishedAt(),
                a.map(CampaignAnalysis::getStatus).orElse(null), pending,
                a.map(CampaignAnalysis::getCommunications).orElse(0), a.map(CampaignAnalysis::getThreads).orElse(0),
                a.map(CampaignAnalysis::getStartedAt).orElse(null), a.map(CampaignAnalysis::getFinishedAt).orElse(null),
                a.map(CampaignAnalysis::getError).orElse(null));
    }

    /** Queues the campaign's analysis again (after a directory or taxonomy change, or a failure). */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public void reanalyze(long campaignId) {
        access.campaign(campaignId, "ANALYZE");
        trigger.queue(campaignId);
        audit.record(access.caller().username(), "CAMPAIGN_ANALYZE", "campaign", String.valueOf(campaignId));
    }
}
