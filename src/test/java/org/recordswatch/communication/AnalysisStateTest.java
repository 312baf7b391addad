package org.recordswatch.communication;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalysisStateTest {

    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    private static AnalysisState state(long documents, long extracting, Instant lastExtracted, AnalysisStatus status,
            boolean pending, Instant started) {
        return new AnalysisState(1, documents, extracting, lastExtracted, status, pending, 0, 0, started, null, null);
    }

    @Test
    void finishedOnlyWhenAnAnalysisStartedAfterTheLastExtraction() {
        assertTrue(state(0, 0, null, null, false, null).finished(), "nothing uploaded");
        assertFalse(state(2, 1, T, AnalysisStatus.DONE, false, T.plusSeconds(5)).finished(), "still extracting");
        assertFalse(state(2, 0, T, AnalysisStatus.DONE, true, T.plusSeconds(5)).finished(), "analysis queued");
        assertFalse(state(2, 0, T, AnalysisStatus.RUNNING, false, T.plusSeconds(5)).finished(), "running");
        assertFalse(state(2, 0, T, AnalysisStatus.DONE, false, T.minusSeconds(5)).finished(),
                "the analysis began before the last document was extracted");
        assertTrue(state(2, 0, T, AnalysisStatus.DONE, false, T.plusSeconds(5)).finished());
        assertTrue(state(2, 0, T, AnalysisStatus.FAILED, false, T).finished(), "a failure is final too");
        assertFalse(state(2, 0, T, null, false, null).finished(), "no analysis yet");
    }
}
