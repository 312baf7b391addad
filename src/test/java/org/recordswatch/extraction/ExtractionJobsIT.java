package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.document.Channel;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.extraction.Fixtures.Attachment;
import org.recordswatch.it.Deployments;
import org.recordswatch.it.TestCallers;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.job.Job;
import org.recordswatch.platform.job.JobPriority;
import org.recordswatch.platform.job.JobQueue;
import org.recordswatch.platform.job.JobStore;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.request.RecordsRequest;

/**
 * The extraction jobs end to end in the container: files uploaded through the document service are queued after
 * commit, extracted in forked processes with the batch's OCR choice, and end DONE or FAILED_* with their children,
 * texts and pages stored; a re-run neither duplicates children nor jobs; strangers see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ExtractionJobsIT {

    private static final Duration SETTLE = Duration.ofMinutes(4);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ExtractionJobsIT.class, org.recordswatch.it.Fixtures.class, Fixtures.class,
                Attachment.class);
    }

    @Inject
    org.recordswatch.it.Fixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    ExtractionService extraction;

    @Inject
    ExtractedDocuments extracted;

    @Inject
    JobQueue jobs;

    @Inject
    JobStore store;

    @Inject
    UserTransaction tx;

    @Inject
    ExtractionRecorder recorder;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private ExtractionCounts settle(long requestId) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        ExtractionCounts counts = extraction.countsOfRequest(requestId);
        while (!counts.isSettled() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            counts = extraction.countsOfRequest(requestId);
        }
        assertTrue(counts.isSettled(), "still extracting after " + SETTLE + ": " + counts);
        return counts;
    }

    private DocumentText text(long documentId) {
        return extraction.status(documentId).orElseThrow();
    }

    @Test
    void aBatchOfAwkwardFilesEndsInFinalStatesWithChildrenTextsAndPages() throws Exception {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_doh").get(0);
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(request.getId(), Channel.EMAIL, true, "eng");

        String unique = org.recordswatch.it.Fixtures.unique("");
        byte[] minutes = ("Minutes of the water board " + unique).getBytes(StandardCharsets.UTF_8);
        byte[] mail = Fixtures.eml("m1-" + unique, "Board minutes", "Please find the minutes attached.",
                new Attachment("minutes.txt", "text/plain", minutes));
        byte[] nested = Fixtures.zip(Fixtures.entries("outer/readme.txt", "Read me " + unique,
                "outer/inner.zip", Fixtures.zip(Fixtures.entries("mail/message.eml", mail))));
        byte[] slip = Fixtures.zip(Fixtures.entries("../../escaped.txt", "zip slip " + unique,
                "/tmp/absolute.txt", "absolute " + unique));
        Path bombFile = Files.createTempFile("zero-bomb", ".zip");
        Fixtures.zeroBomb(bombFile, "zeros.bin", 256L * 1024 * 1024);
        byte[] bomb = Files.readAllBytes(bombFile);
        Files.delete(bombFile);
        byte[] scan = Fixtures.pdf(List.of("Cover page with a text layer " + unique,
                "IMAGE:The quick brown fox\njumps over the lazy dog"));
        byte[] sameAttachment = ("Shared attachment " + unique).getBytes(StandardCharsets.UTF_8);
        byte[] box = Fixtures.mbox(
                Fixtures.eml("a-" + unique, "First", "First body", new Attachment("shared.txt", "text/plain",
                        sameAttachment)),
                Fixtures.eml("b-" + unique, "Second", "Second body", new Attachment("shared.txt", "text/plain",
                        sameAttachment)));

        Map<String, Long> ids = new HashMap<>();
        ids.put("nested", documents.upload(batch.getId(), "production.zip", in(nested), null).documentId());
        ids.put("slip", documents.upload(batch.getId(), "slip.zip", in(slip), null).documentId());
        ids.put("bomb", documents.upload(batch.getId(), "bomb.zip", in(bomb), null).documentId());
        ids.put("encrypted", documents.upload(batch.getId(), "sealed.pdf", in(Fixtures.encryptedPdf("pw-" + unique)),
                null).documentId());
        ids.put("corrupt", documents.upload(batch.getId(), "broken.pdf", in(Fixtures.corruptPdf()), null)
                .documentId());
        ids.put("scan", documents.upload(batch.getId(), "scan.pdf", in(scan), null).documentId());
        ids.put("mbox", documents.upload(batch.getId(), "mailbox.mbox", in(box), null).documentId());
        // The same bytes again: a duplicate receipt, no second job.
        documents.upload(batch.getId(), "copy of production.zip", in(nested), null);

        ExtractionCounts counts = settle(request.getId());
        assertEquals(7, counts.total(), counts.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM job WHERE kind = 'extract' AND subject_id = ?",
                ids.get("nested")), "the duplicate upload queued nothing");

        // Nested zip: every level a child document with parent, root, depth and path; texts stored.
        DocumentText nestedText = text(ids.get("nested"));
        assertEquals(ExtractionState.DONE, nestedText.getStatus(), nestedText.getReason());
        assertNotNull(nestedText.getExtractorVersion());
        assertTrue(nestedText.getOptionsUsed().contains("ocr=eng"), nestedText.getOptionsUsed());
        ExtractedNode tree = extracted.tree(ids.get("nested")).orElseThrow();
        assertEquals("production.zip", tree.name());
        List<String> paths = flatten(tree).stream().map(ExtractedNode::name).toList();
        assertTrue(paths.contains("production.zip!outer/inner.zip!mail/message.eml!minutes.txt"), paths.toString());
        ExtractedNode attachment = flatten(tree).stream()
                .filter(n -> n.name().endsWith("!minutes.txt")).findFirst().orElseThrow();
        assertTrue(attachment.text().contains("Minutes of the water board " + unique), attachment.text());
        assertEquals("DONE", attachment.status());
        assertNotNull(attachment.embeddedPath());
        assertEquals(3, count("SELECT depth FROM document WHERE id = ?", attachment.documentId()),
                "outer zip 0, inner.zip 1, message.eml 2, minutes.txt 3");
        assertEquals(ids.get("nested"), count("SELECT root_id FROM document WHERE id = ?", attachment.documentId()));

        // Path traversal: the names are kept as text in the path, nothing escapes the store.
        assertEquals(ExtractionState.DONE, text(ids.get("slip")).getStatus());
        List<String> slipPaths = flatten(extracted.tree(ids.get("slip")).orElseThrow()).stream()
                .map(ExtractedNode::name).toList();
        assertTrue(slipPaths.stream().anyMatch(p -> p.endsWith("!../../escaped.txt")), slipPaths.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM document WHERE request_id = ? AND sha256 IS NOT NULL "
                + "AND sha256 NOT REGEXP '^[0-9a-f]{64}$'", request.getId()));

        // Zip bomb: a limit, not an out-of-memory error; the partial result is kept and marked.
        DocumentText bombText = text(ids.get("bomb"));
        assertEquals(ExtractionState.FAILED_LIMIT, bombText.getStatus());
        assertTrue(bombText.getLimitsHit().contains("COMPRESSION_RATIO"), bombText.getLimitsHit());
        assertTrue(bombText.isPartial());
        assertNotNull(bombText.getReason());

        assertEquals(ExtractionState.FAILED_ENCRYPTED, text(ids.get("encrypted")).getStatus());
        DocumentText corrupt = text(ids.get("corrupt"));
        assertEquals(ExtractionState.FAILED_PARSE, corrupt.getStatus());
        assertNotNull(corrupt.getReason());

        // The scan: one page from the text layer, one read by OCR and marked so.
        DocumentText scanText = text(ids.get("scan"));
        assertEquals(ExtractionState.DONE, scanText.getStatus(), scanText.getReason());
        assertTrue(scanText.isOcr());
        assertEquals(2, scanText.getPageCount());
        assertEquals(1, scanText.getOcrPageCount());
        ExtractedNode scanTree = extracted.tree(ids.get("scan")).orElseThrow();
        assertEquals(2, scanTree.pages().size());
        assertFalse(scanTree.pages().get(0).ocr());
        assertTrue(scanTree.pages().get(1).ocr());
        assertTrue(scanTree.pages().get(1).text().toLowerCase(Locale.ROOT).contains("brown fox"),
                scanTree.pages().get(1).text());

        // Two messages with the same attachment keep one child each, sharing one blob.
        List<ExtractedNode> shared = flatten(extracted.tree(ids.get("mbox")).orElseThrow()).stream()
                .filter(n -> n.name().endsWith("shared.txt")).toList();
        assertEquals(2, shared.size(), flatten(extracted.tree(ids.get("mbox")).orElseThrow()).toString());
        assertEquals(1, count("SELECT COUNT(DISTINCT sha256) FROM document WHERE id IN (?, ?)",
                shared.get(0).documentId(), shared.get(1).documentId()));

        // Batch progress and the ingestion report.
        BatchProgress progress = extraction.batch(batch.getId());
        assertEquals(0, progress.pending());
        assertEquals(3, progress.counts().failed());
        assertTrue(progress.pagesOcr() >= 1);
        List<FailedFile> report = extraction.failures(request.getId(), batch.getId());
        assertTrue(report.stream().anyMatch(f -> f.path().equals("sealed.pdf")
                && f.status().equals("FAILED_ENCRYPTED") && f.reason() != null), report.toString());
        assertTrue(report.stream().anyMatch(f -> f.path().equals("bomb.zip") && f.partial()), report.toString());

        // Re-running a failed file: the same verdict, no duplicate job or rows; re-extracting a container
        // updates its children in place.
        long childrenBefore = count("SELECT COUNT(*) FROM document WHERE root_id = ?", ids.get("nested"));
        assertTrue(childrenBefore > 0);
        assertEquals(0, count("SELECT COUNT(*) FROM document WHERE root_id = ? AND request_id <> ?", ids.get("nested"),
                request.getId()), "every child belongs to its original's request");
        extraction.rerun(ids.get("encrypted"));
        long jobId = recorder.queue(ids.get("nested"), request.getId(), true);
        assertEquals(jobId, recorder.queue(ids.get("nested"), request.getId(), true), "one unfinished job");
        recorder.queue(ids.get("scan"), request.getId(), true);
        settle(request.getId());
        assertEquals(ExtractionState.DONE, text(ids.get("scan")).getStatus());
        assertEquals(2, count("SELECT COUNT(*) FROM document_page WHERE document_id = ?", ids.get("scan")),
                "a re-run replaces the pages of the earlier run");
        assertEquals(ExtractionState.FAILED_ENCRYPTED, text(ids.get("encrypted")).getStatus());
        assertEquals(ExtractionState.DONE, text(ids.get("nested")).getStatus());
        assertEquals(childrenBefore, count("SELECT COUNT(*) FROM document WHERE root_id = ?", ids.get("nested")));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT parent_id, child_index FROM document WHERE root_id = ? "
                + "GROUP BY parent_id, child_index HAVING COUNT(*) > 1) x", ids.get("nested")));
        assertEquals(2, count("SELECT COUNT(*) FROM job WHERE kind = 'extract' AND subject_id = ?",
                ids.get("encrypted")), "the re-run is a second job; the first stays as history");

        // An officer of another agency sees nothing of it.
        TestCallers.actAs(fixtures.officer("nm_mvd"));
        assertThrows(NotFoundException.class, () -> extraction.status(ids.get("scan")));
        assertThrows(NotFoundException.class, () -> extraction.countsOfRequest(request.getId()));
        assertThrows(NotFoundException.class, () -> extraction.rerun(ids.get("encrypted")));
    }

    /** Marks a queued job RUNNING as a worker's claim would (in the caller's transaction). */
    private void holdRunning(long jobId) {
        em.createNativeQuery("UPDATE job SET status = 'RUNNING', attempts = attempts + 1, started_at = NOW(3) "
                + "WHERE id = ? AND status = 'QUEUED'").setParameter(1, jobId).executeUpdate();
    }

    /** Keeps a queued job away from the workers for an hour (in the caller's transaction). */
    private void dueLater(long jobId) {
        em.createNativeQuery("UPDATE job SET not_before = TIMESTAMPADD(HOUR, 1, NOW(3)) WHERE id = ?")
                .setParameter(1, jobId).executeUpdate();
    }

    @Test
    void aCoalescedJobThatWouldGoBackToTheQueueNextToItsQueuedTwinEndsSuperseded() throws Exception {
        String kind = "test-twin";
        long subject = System.nanoTime();
        tx.begin();
        long first = jobs.enqueue(kind, subject, null, true, JobPriority.BACKGROUND);
        holdRunning(first);
        long second = jobs.enqueue(kind, subject, null, true, JobPriority.BACKGROUND);
        dueLater(second);
        tx.commit();
        assertNotEquals(first, second, "a job queued while its twin runs is a new job");
        try {
            // Postponing the running one would make two queued twins: it ends, the queued twin does the work.
            store.postpone(first, "waiting", Duration.ofSeconds(5));
            Job superseded = jobs.find(first).orElseThrow();
            assertEquals(Job.SUPERSEDED, superseded.getStatus());
            assertTrue(superseded.getReason().contains(Long.toString(second)), superseded.getReason());
            Job twin = jobs.find(second).orElseThrow();
            assertEquals(Job.QUEUED, twin.getStatus());
            assertEquals(JobPriority.BACKGROUND.rank(), twin.getPriority());

            // The same for a failed attempt that would be retried.
            tx.begin();
            holdRunning(second);
            long third = jobs.enqueue(kind, subject, null, true, JobPriority.BACKGROUND);
            dueLater(third);
            tx.commit();
            assertFalse(store.attemptFailed(second, "boom", Duration.ofSeconds(1), null, null));
            assertEquals(Job.SUPERSEDED, jobs.find(second).orElseThrow().getStatus());
            assertEquals(Job.QUEUED, jobs.find(third).orElseThrow().getStatus());

            // Without a twin, a postponed job simply goes back to the queue.
            tx.begin();
            holdRunning(third);
            tx.commit();
            store.postpone(third, "waiting", Duration.ofHours(1));
            assertEquals(Job.QUEUED, jobs.find(third).orElseThrow().getStatus());
        } finally {
            tx.begin();
            em.createNativeQuery("DELETE FROM job WHERE kind = ? AND subject_id = ?").setParameter(1, kind)
                    .setParameter(2, subject).executeUpdate();
            tx.commit();
        }
    }

    private static List<ExtractedNode> flatten(ExtractedNode node) {
        List<ExtractedNode> all = new java.util.ArrayList<>();
        all.add(node);
        for (ExtractedNode c : node.children()) {
            all.addAll(flatten(c));
        }
        return all;
    }
}
