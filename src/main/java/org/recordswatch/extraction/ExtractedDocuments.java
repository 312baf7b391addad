package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads stored extractions for later stages (splitting into communications, tagging): an original with the text of
 * everything found inside it, as a tree. Internal: callers have checked access (or are background work).
 */
@ApplicationScoped
public class ExtractedDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How many originals of a campaign's requests have no extraction verdict yet (queued or being parsed). */
    public long pendingInCampaign(long campaignId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM document d "
                + "JOIN records_request r ON r.id = d.request_id "
                + "LEFT JOIN document_text t ON t.document_id = d.id "
                + "WHERE r.campaign_id = ? AND d.parent_id IS NULL "
                + "AND (t.document_id IS NULL OR t.status IN ('QUEUED', 'PARSING'))")
                .setParameter(1, campaignId).getSingleResult()).longValue();
    }

    /**
     * How many extraction jobs are running or due, for any request (an index range on the job table; a job waiting
     * for a later retry does not count).
     */
    public long extractionJobsUnderWay() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job WHERE status IN ('QUEUED', 'RUNNING') "
                + "AND kind = ? AND (status = 'RUNNING' OR not_before <= ?)")
                .setParameter(1, ExtractionRecorder.JOB_KIND)
                .setParameter(2, java.sql.Timestamp.from(clock.instant())).getSingleResult()).longValue();
    }

    /** When the newest original arrived, for any request (the primary key's last row); empty if none did. */
    public Optional<java.time.Instant> lastArrival() {
        return em.createQuery("SELECT d.createdAt FROM Document d WHERE d.parent IS NULL ORDER BY d.id DESC",
                java.time.Instant.class).setMaxResults(1).getResultStream().findFirst();
    }

    /** The stored text of an original and its children, as a tree (children in child_index order). */
    public Optional<ExtractedNode> tree(long rootDocumentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.parent_id, d.path, d.media_type, "
                + "t.status, t.embedded_path, t.media_type, t.text, t.metadata FROM document d "
                + "LEFT JOIN document_text t ON t.document_id = d.id "
                + "WHERE d.id = ? OR d.root_id = ? ORDER BY d.depth, d.parent_id, d.child_index")
                .setParameter(1, rootDocumentId).setParameter(2, rootDocumentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<PageTextRow>> pages = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> pageRows = em.createNativeQuery("SELECT p.document_id, p.page_number, p.text, p.ocr "
                + "FROM document_page p JOIN document d ON d.id = p.document_id WHERE d.id = ? OR d.root_id = ? "
                + "ORDER BY p.document_id, p.page_number")
                .setParameter(1, rootDocumentId).setParameter(2, rootDocumentId).getResultList();
        for (Object[] p : pageRows) {
            pages.computeIfAbsent(((Number) p[0]).longValue(), k -> new ArrayList<>())
                    .add(new PageTextRow(((Number) p[1]).intValue(), (String) p[2], truthy(p[3])));
        }
        // Rows come parents first (by depth); build mutable nodes, then freeze bottom-up.
        Map<Long, Draft> drafts = new LinkedHashMap<>();
        Draft root = null;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Long parentId = r[1] == null ? null : ((Number) r[1]).longValue();
            String status = r[4] == null ? ExtractionState.QUEUED.name() : (String) r[4];
            String mediaType = r[6] != null ? (String) r[6] : (String) r[3];
            Draft d = new Draft(id, (String) r[2], (String) r[5], mediaType, MetadataJson.read((String) r[8]),
                    r[7] == null ? "" : (String) r[7], pages.getOrDefault(id, List.of()), status);
            drafts.put(id, d);
            if (id == rootDocumentId) {
                root = d;
            } else if (parentId != null && drafts.containsKey(parentId)) {
                drafts.get(parentId).children.add(d);
            }
        }
        return Optional.ofNullable(root).map(Draft::freeze);
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static final class Draft {
        final long id;
        final String name;
        final String embeddedPath;
        final String mediaType;
        final Map<String, List<String>> metadata;
        final String text;
        final List<PageTextRow> pages;
        final String status;
        final List<Draft> children = new ArrayList<>();

        Draft(long id, String name, String embeddedPath, String mediaType, Map<String, List<String>> metadata,
                String text, List<PageTextRow> pages, String status) {
            this.id = id;
            this.name = name;
            this.embeddedPath = embeddedPath;
            this.mediaType = mediaType;
            this.metadata = metadata;
            this.text = text;
            this.pages = pages;
            this.status = status;
        }

        ExtractedNode freeze() {
            return new ExtractedNode(id, name, embeddedPath, mediaType, Map.copyOf(metadata), text,
                    List.copyOf(pages), children.stream().map(Draft::freeze).toList(), status);
        }
    }
}
