package org.recordswatch.extraction.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recordswatch.extraction.BatchProgress;
import org.recordswatch.extraction.DocumentText;
import org.recordswatch.extraction.ExtractionCounts;
import org.recordswatch.extraction.FailedFile;

/** What the extraction API answers. */
public final class ExtractionViews {

    private ExtractionViews() {
    }

    /** Originals per state; {@code failed} is the sum of all FAILED_* states. */
    public record CountsView(long queued, long parsing, long done, long failed, long total, boolean settled) {

        static CountsView of(ExtractionCounts c) {
            return new CountsView(c.queued(), c.parsing(), c.done(), c.failed(), c.total(), c.isSettled());
        }
    }

    /** One upload batch's progress. */
    public record BatchView(long batchId, CountsView counts, long pagesOcr, Long secondsLeft) {

        static BatchView of(BatchProgress b) {
            return new BatchView(b.batchId(), CountsView.of(b.counts()), b.pagesOcr(),
                    b.estimate().map(d -> d.toSeconds()).orElse(null));
        }
    }

    /** A request's extraction: counts, batches, failures. */
    public record RequestExtractionView(long requestId, long queued, long parsing, long done, long failed,
            long total, boolean settled, List<BatchView> batches, List<FailedFile> failures) {
    }

    /** One document's extraction state and provenance. */
    public record DocumentExtractionView(long documentId, String status, String reason, boolean partial,
            String limitsHit, String processOutcome, String extractorVersion, String options, String mediaType,
            String charset, boolean ocr, int pages, int ocrPages, long textChars, Instant startedAt,
            Instant finishedAt) {

        static DocumentExtractionView of(long id, Optional<DocumentText> text) {
            if (text.isEmpty()) {
                return new DocumentExtractionView(id, "QUEUED", null, false, null, null, null, null, null, null,
                        false, 0, 0, 0, null, null);
            }
            DocumentText t = text.get();
            return new DocumentExtractionView(id, t.getStatus().name(), t.getReason(), t.isPartial(),
                    t.getLimitsHit(), t.getProcessOutcome(), t.getExtractorVersion(), t.getOptionsUsed(),
                    t.getMediaType(), t.getCharset(), t.isOcr(), t.getPageCount(), t.getOcrPageCount(),
                    t.getTextChars(), t.getStartedAt(), t.getFinishedAt());
        }
    }

}
