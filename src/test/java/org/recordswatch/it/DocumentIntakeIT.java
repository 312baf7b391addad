package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.Organization;
import org.recordswatch.document.Channel;
import org.recordswatch.document.ContentDigest;
import org.recordswatch.document.DocumentReceipt;
import org.recordswatch.document.DocumentRecorder;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.DocumentStore;
import org.recordswatch.document.OrphanSweeper;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.request.RecordsRequest;

/** Document intake against the real store and database: atomicity, duplicates, custody, scoping, the sweeper. */
@ExtendWith(ArquillianExtension.class)
class DocumentIntakeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DocumentIntakeIT.class, Fixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DocumentService documents;

    @Inject
    DocumentStore store;

    @Inject
    DocumentRecorder recorder;

    @Inject
    OrphanSweeper sweeper;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Test
    void anOfficerUploadsToTheirAgencysRequestAndTheAdvocateSeesTheFileWithItsDigest() throws IOException {
        Organization org = fixtures.organization();
        Caller advocate = fixtures.advocate(org);
        List<RecordsRequest> requests = fixtures.submittedCampaign(advocate, "nm_mvd", "nm_doh");
        RecordsRequest mvd = requests.stream().filter(r -> r.getAgency().getCode().value().equals("nm_mvd"))
                .findFirst().orElseThrow();
        Caller officer = fixtures.officer("nm_mvd");

        TestCallers.actAs(officer);
        UploadBatch batch = documents.startBatch(mvd.getId(), Channel.EMAIL, true, "eng");
        assertEquals(Channel.AGENCY_PORTAL, batch.getChannel(), "an officer's upload is always through the portal");
        String content = "Responsive record " + Fixtures.unique("");
        DocumentService.UploadResult result = documents.upload(batch.getId(), "response letter.txt",
                bytes(content), "MVD-000101 - MVD-000140");
        assertFalse(result.duplicate());
        assertEquals("text/plain", result.mediaType());

        TestCallers.actAs(advocate);
        var originals = documents.originals(mvd.getId(), 0, 10);
        assertEquals(1, originals.size());
        assertEquals(result.sha256(), originals.get(0).getSha256());
        List<DocumentReceipt> custody = documents.custody(originals.get(0).getId());
        assertEquals(1, custody.size());
        DocumentReceipt r = custody.get(0);
        assertEquals(officer.username(), r.getUploadedBy());
        assertEquals(Channel.AGENCY_PORTAL, r.getChannel());
        assertEquals("MVD-000101 – MVD-000140", r.getBatesRange());
        assertTrue(r.getAffiliation().contains("Motor Vehicle"), r.getAffiliation());
        try (InputStream in = documents.download(originals.get(0).getId()).bytes()) {
            assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void theSameBytesTwiceAreStoredOnceAndRecordedAsADuplicate() throws IOException {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_hsd").get(0);
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(request.getId(), Channel.EMAIL, false, "eng");
        String content = "same bytes " + Fixtures.unique("");
        var first = documents.upload(batch.getId(), "a.txt", bytes(content), null);
        var second = documents.upload(batch.getId(), "copy of a.txt", bytes(content), null);
        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertEquals(first.documentId(), second.documentId());
        assertEquals(1, count("SELECT COUNT(*) FROM document WHERE request_id = ? AND sha256 = ?",
                request.getId(), first.sha256()));
        List<DocumentReceipt> custody = documents.custody(first.documentId());
        assertEquals(2, custody.size());
        assertTrue(custody.get(1).isDuplicate());
        assertEquals("copy of a.txt", custody.get(1).getOriginalName());
    }

    @Test
    void twoSimultaneousUploadsOfTheSameBytesGiveOneDocumentAndOneDuplicate() throws Exception {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_dws").get(0);
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(request.getId(), Channel.MAIL, false, "eng");
        String content = "raced " + Fixtures.unique("");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<DocumentService.UploadResult>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<DocumentService.UploadResult> task = () -> {
                    TestCallers.actAs(advocate);
                    go.await();
                    return documents.upload(batch.getId(), "same.txt", bytes(content), null);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            var a = futures.get(0).get();
            var b = futures.get(1).get();
            assertEquals(a.documentId(), b.documentId());
            assertTrue(a.duplicate() ^ b.duplicate(), "exactly one of the two is the duplicate");
        } finally {
            pool.shutdown();
        }
        assertEquals(2, count("SELECT COUNT(*) FROM document_receipt r JOIN document d ON d.id = r.document_id "
                + "WHERE d.request_id = ?", request.getId()));
    }

    @Test
    void aFailureBetweenStoringTheBytesAndCommittingTheRowLeavesNoRowAndTheSweeperRemovesTheBlob() throws Exception {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_doh").get(0);
        String content = "orphan " + Fixtures.unique("");
        DocumentStore.Stored blob = store.store(bytes(content), 1000);
        // The row is written against a request that does not exist: the insert fails after the blob is stored.
        DocumentRecorder.Arrival broken = new DocumentRecorder.Arrival(Long.MAX_VALUE, null, blob, "text/plain",
                "x.txt", new DocumentReceipt.Uploader(advocate.username(), advocate.role(), null, null, null, null),
                Channel.EMAIL, null, Instant.now());
        assertThrows(Exception.class, () -> recorder.record(broken));
        assertEquals(0, count("SELECT COUNT(*) FROM document WHERE sha256 = ?", blob.digest().hex()));
        assertTrue(store.exists(blob.digest()), "the blob is there, unreferenced");

        // Young blobs are spared (an upload may be about to commit); old unreferenced ones go.
        sweeper.sweep(Duration.ofHours(1));
        assertTrue(store.exists(blob.digest()), "a young blob is spared");
        Path file = store.pathOf(blob.digest());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        sweeper.sweep(Duration.ofHours(1));
        assertFalse(store.exists(blob.digest()), "the sweeper removes a blob without a row");

        // A referenced blob is never swept, however old.
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(request.getId(), Channel.EMAIL, false, "eng");
        var kept = documents.upload(batch.getId(), "kept.txt", bytes("kept " + Fixtures.unique("")), null);
        ContentDigest keptDigest = new ContentDigest(kept.sha256());
        Files.setLastModifiedTime(store.pathOf(keptDigest), FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        sweeper.sweep(Duration.ofHours(1));
        assertTrue(store.exists(keptDigest));
    }

    @Test
    void anOfficerNeverSeesAnotherAgencysDocuments() {
        Caller advocate = fixtures.advocate(fixtures.organization());
        List<RecordsRequest> requests = fixtures.submittedCampaign(advocate, "nm_mvd", "nm_doh");
        RecordsRequest doh = requests.stream().filter(r -> r.getAgency().getCode().value().equals("nm_doh"))
                .findFirst().orElseThrow();
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(doh.getId(), Channel.EMAIL, false, "eng");
        var secret = documents.upload(batch.getId(), "doh.txt", bytes("DOH only " + Fixtures.unique("")), null);

        Caller mvdOfficer = fixtures.officer("nm_mvd");
        TestCallers.actAs(mvdOfficer);
        assertThrows(NotFoundException.class, () -> documents.get(secret.documentId()));
        assertThrows(NotFoundException.class, () -> documents.download(secret.documentId()));
        assertThrows(NotFoundException.class, () -> documents.custody(secret.documentId()));
        assertThrows(NotFoundException.class, () -> documents.originals(doh.getId(), 0, 10));
        assertThrows(NotFoundException.class, () -> documents.countOriginals(doh.getId()));
        assertThrows(NotFoundException.class, () -> documents.startBatch(doh.getId(), Channel.EMAIL, false, "eng"));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                mvdOfficer.username()) >= 6, "every attempt is audited");

        // Another organization's advocate is refused the same way.
        Caller stranger = fixtures.advocate(fixtures.organization());
        TestCallers.actAs(stranger);
        assertThrows(NotFoundException.class, () -> documents.get(secret.documentId()));
        assertThrows(NotFoundException.class, () -> documents.startBatch(doh.getId(), Channel.EMAIL, false, "eng"));
    }

    @Test
    void anOfficerCannotUploadIntoAnotherOfficersBatch() {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_mvd").get(0);
        Caller officer = fixtures.officer("nm_mvd");
        TestCallers.actAs(officer);
        UploadBatch batch = documents.startBatch(request.getId(), null, true, "eng+spa");
        Caller colleague = fixtures.officer("nm_mvd");
        TestCallers.actAs(colleague);
        assertThrows(NotFoundException.class, () -> documents.upload(batch.getId(), "x.txt", bytes("x"), null));
    }

    @Test
    void aBatesRangeThatIsNotOneIsRefusedWithAClearMessage() {
        Caller advocate = fixtures.advocate(fixtures.organization());
        RecordsRequest request = fixtures.submittedCampaign(advocate, "nm_mvd").get(0);
        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(request.getId(), Channel.EMAIL, false, "eng");
        BusinessException e = assertThrows(BusinessException.class,
                () -> documents.upload(batch.getId(), "x.txt", bytes("y"), "<script>"));
        assertEquals("upload.batesInvalid", e.messageKey());
    }
}
