package org.recordswatch.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.communication.parse.MessageExtractor;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.extraction.ExtractedDocuments;
import org.recordswatch.extraction.ExtractedNode;
import org.recordswatch.law.JurisdictionZones;
import org.recordswatch.request.RecordsRequest;

/**
 * Reads a campaign's stored extractions and splits them into messages: every original of every request of the
 * campaign (in request, then path order), each read in its producing agency's time zone and attributed to that
 * agency. Internal: for the analysis job (no caller checks).
 */
@ApplicationScoped
public class CampaignSources {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExtractedDocuments extracted;

    @Inject
    Clock clock;

    /** How long the intake must have been quiet (no new original anywhere) before an analysis runs. */
    public static final Duration QUIET = Duration.ofSeconds(3);

    /**
     * Whether files are still coming in or being extracted, so that the campaign's analysis should wait: its own
     * originals are waiting for or under extraction, or extraction jobs are due or running for any request, or an
     * original arrived anywhere within {@link #QUIET} (an upload under way). An analysis re-reads a whole campaign;
     * it yields the CPU to the intake of files and runs once, after it.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean intakeBusy(long campaignId) {
        return extracted.pendingInCampaign(campaignId) > 0 || extracted.extractionJobsUnderWay() > 0
                || extracted.lastArrival().map(at -> at.isAfter(clock.instant().minus(QUIET))).orElse(false);
    }

    /** The campaign's messages, resolved into communications and threads. */
    @Transactional(Transactional.TxType.REQUIRED)
    public CampaignCorpus read(long campaignId) {
        List<RecordsRequest> requests = em.createQuery(
                "SELECT r FROM RecordsRequest r JOIN FETCH r.agency WHERE r.campaign.id = :campaign ORDER BY r.id",
                RecordsRequest.class).setParameter("campaign", campaignId).getResultList();
        List<ParsedMessage> messages = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Long> requestOf = new HashMap<>();
        int documents = 0;
        for (RecordsRequest r : requests) {
            ZoneId zone = JurisdictionZones.of(r.getAgency().getJurisdiction());
            String agency = r.getAgency().getCode().value();
            MessageExtractor extractor = new MessageExtractor(ParseSettings.of(zone, agency));
            List<Long> roots = em.createQuery("SELECT d.id FROM Document d WHERE d.request.id = :request "
                    + "AND d.parent IS NULL ORDER BY d.path, d.id", Long.class)
                    .setParameter("request", r.getId()).getResultList();
            for (Long root : roots) {
                Optional<ExtractedNode> tree = extracted.tree(root);
                if (tree.isEmpty()) {
                    continue;
                }
                documents++;
                SourceDocument doc = ExtractedSources.toSource(tree.get());
                index(doc, r.getId(), texts, requestOf);
                messages.addAll(extractor.extract(doc).messages());
            }
        }
        return CampaignCorpus.resolve(campaignId, documents, messages, texts, requestOf);
    }

    private static void index(SourceDocument doc, long requestId, Map<String, String> texts,
            Map<String, Long> requestOf) {
        texts.put(doc.id(), doc.fullText());
        requestOf.put(doc.id(), requestId);
        for (SourceDocument child : doc.children()) {
            index(child, requestId, texts, requestOf);
        }
    }
}
