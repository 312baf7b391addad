package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordswatch.extraction.ExtractionJobHandler.Decision;

/** The extraction job's retry policy, its states, the stored provenance and the progress estimate. */
class ExtractionJobPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aCompletedProcessGivesAFinalVerdictWhateverTheStatus() {
        assertEquals(Decision.STORE, ExtractionJobHandler.decide(ProcessOutcome.COMPLETED, 1, false));
        assertEquals(Decision.STORE, ExtractionJobHandler.decide(ProcessOutcome.COMPLETED, 1, true));
    }

    @Test
    void aCrashedTimedOutOrOutOfMemoryProcessGetsExactlyOneMoreAttempt() {
        for (ProcessOutcome outcome : List.of(ProcessOutcome.CRASHED, ProcessOutcome.TIMED_OUT,
                ProcessOutcome.OUT_OF_MEMORY)) {
            assertEquals(Decision.RETRY, ExtractionJobHandler.decide(outcome, 1, false), outcome.name());
            assertEquals(Decision.STORE, ExtractionJobHandler.decide(outcome, 2, false), outcome.name());
        }
    }

    @Test
    void aVerdictCausedByTheShutdownIsNotRecorded() {
        assertEquals(Decision.POSTPONE, ExtractionJobHandler.decide(ProcessOutcome.CRASHED, 2, true));
    }

    @Test
    void statesMapOneToOneOntoTheEngineVerdicts() {
        for (ExtractionStatus s : ExtractionStatus.values()) {
            ExtractionState state = ExtractionState.of(s);
            assertTrue(state.isFinal());
            assertEquals(s != ExtractionStatus.DONE, state.isFailed());
        }
        assertFalse(ExtractionState.QUEUED.isFinal());
        assertFalse(ExtractionState.PARSING.isFinal());
    }

    private static ExtractedPart part(String id, String parentId, String error, boolean encrypted,
            List<ExtractedPage> pages) {
        return new ExtractedPart(id, parentId, parentId == null ? 0 : 1, "inner/a.pdf", "x.zip!inner/a.pdf",
                "application/pdf", "UTF-8", Map.of("X-TIKA:embedded_resource_path", List.of("/inner/a.pdf"),
                        "dc:title", List.of("A title")),
                "own text", pages, pages.stream().anyMatch(ExtractedPage::ocr), Set.of(), error, encrypted, null);
    }

    @Test
    void aChildsStateComesFromItsOwnErrorOrEncryption() {
        assertEquals(ExtractionState.DONE, ExtractionRecorder.stateOf(part("/1", "/", null, false, List.of())));
        ExtractedPart broken = part("/1", "/", "TikaException caused by ZipException", false, List.of());
        assertEquals(ExtractionState.FAILED_PARSE, ExtractionRecorder.stateOf(broken));
        assertTrue(ExtractionRecorder.reasonOf(broken).contains("ZipException"));
        assertEquals(ExtractionState.FAILED_ENCRYPTED,
                ExtractionRecorder.stateOf(part("/1", "/", "EncryptedDocumentException", true, List.of())));
        assertNull(ExtractionRecorder.reasonOf(part("/1", "/", null, false, List.of())));
    }

    @Test
    void theStoredTextKeepsProvenancePagesAndOcrCounts() {
        ExtractedPart p = part("/3", "/", null, false, List.of(new ExtractedPage(1, "layer", false),
                new ExtractedPage(2, "scanned", true)));
        DocumentText t = DocumentText.ofChild(9, T0);
        t.extracted(ExtractionState.DONE, null, false, p, EnumSet.of(Limit.OUTPUT, Limit.DEPTH),
                ProcessOutcome.COMPLETED, "Apache Tika 3.3.1 / records-watch-extraction 1", "ocr=eng",
                MetadataJson.write(p.metadata()), T0.plusSeconds(3));
        assertEquals(ExtractionState.DONE, t.getStatus());
        assertEquals("DEPTH,OUTPUT", t.getLimitsHit());
        assertEquals(EnumSet.of(Limit.OUTPUT, Limit.DEPTH), t.limits());
        assertEquals("/inner/a.pdf", t.getEmbeddedPath());
        assertEquals("/3", t.getEmbeddedId());
        assertEquals(2, t.getPageCount());
        assertEquals(1, t.getOcrPageCount());
        assertTrue(t.isOcr());
        assertEquals("own text", t.getText());
        assertEquals("UTF-8", t.getCharset());
        assertEquals(List.of("A title"), MetadataJson.read(t.getMetadata()).get("dc:title"));
        assertEquals(T0.plusSeconds(3), t.getFinishedAt());
        assertThrows(IllegalArgumentException.class, () -> t.extracted(ExtractionState.PARSING, null, false, p,
                Set.of(), null, null, null, null, T0));
    }

    @Test
    void aRequeuedDocumentKeepsItsEarlierTextUntilTheNewVerdict() {
        DocumentText t = DocumentText.queued(5, T0);
        t.parsing(T0.plusSeconds(1));
        assertEquals(ExtractionState.PARSING, t.getStatus());
        t.extracted(ExtractionState.FAILED_LIMIT, "too much", true, part("/", null, null, false, List.of()),
                Set.of(Limit.COMPRESSION_RATIO), ProcessOutcome.COMPLETED, "v", "o", "{}", T0.plusSeconds(2));
        assertTrue(t.isPartial());
        t.requeue(T0.plusSeconds(10));
        assertEquals(ExtractionState.QUEUED, t.getStatus());
        assertEquals("own text", t.getText());
        assertNull(t.getFinishedAt());
        t.abandoned("Interrupted", T0.plusSeconds(20));
        assertEquals(ExtractionState.FAILED_PARSE, t.getStatus());
    }

    @Test
    void metadataSurvivesTheJsonRoundTripAndOverlongValuesAreCut() {
        Map<String, List<String>> m = Map.of("a", List.of("1", "2"), "quote\"key", List.of("x\ny"),
                "long", List.of("z".repeat(MetadataJson.MAX_VALUE + 10)));
        Map<String, List<String>> back = MetadataJson.read(MetadataJson.write(m));
        assertEquals(List.of("1", "2"), back.get("a"));
        assertEquals(List.of("x\ny"), back.get("quote\"key"));
        assertEquals(MetadataJson.MAX_VALUE, back.get("long").get(0).length());
        assertTrue(MetadataJson.read(null).isEmpty());
    }

    @Test
    void theEstimateIsTheMeanTimePerFileTimesThePendingFilesPerWorker() {
        assertEquals(Duration.ofSeconds(30), BatchProgress.estimate(6.0, 10, 2));
        assertNull(BatchProgress.estimate(null, 3, 2), "unknown until a file finished");
        assertEquals(Duration.ZERO, BatchProgress.estimate(null, 0, 2));
        BatchProgress p = new BatchProgress(1, ExtractionCounts.of(3, 1, 5, 1, 0), 4, Duration.ofSeconds(61));
        assertEquals(4, p.pending());
        assertEquals(2, p.minutesLeft());
        assertEquals(10, p.counts().total());
        assertEquals(60, p.counts().percentFinished());
        assertFalse(p.counts().isSettled());
        assertEquals(100, ExtractionCounts.of(0, 0, 0, 0, 0).percentFinished());
        assertEquals(1, ExtractionCounts.of(0, 0, 0, 0, 1).queued(), "an original not yet queued counts as queued");
    }
}
