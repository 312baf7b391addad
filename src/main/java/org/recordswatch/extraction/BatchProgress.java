package org.recordswatch.extraction;

import java.time.Duration;
import java.util.Optional;

/**
 * The extraction progress of one upload batch: its files (originals) done, failed and pending, the pages read by OCR
 * so far, and an estimate of the time left (mean time per finished file × pending files ÷ workers).
 */
public record BatchProgress(long batchId, ExtractionCounts counts, long pagesOcr, Duration estimatedTimeLeft) {

    public long pending() {
        return counts.queued() + counts.parsing();
    }

    public Optional<Duration> estimate() {
        return Optional.ofNullable(estimatedTimeLeft);
    }

    /** Estimated time left in whole minutes (rounded up), or -1 when unknown. */
    public long minutesLeft() {
        if (estimatedTimeLeft == null) {
            return -1;
        }
        return (estimatedTimeLeft.toSeconds() + 59) / 60;
    }

    /** The estimate from the mean seconds per finished file; null when no file has finished yet. */
    static Duration estimate(Double meanSecondsPerFile, long pending, int workers) {
        if (meanSecondsPerFile == null || pending == 0) {
            return pending == 0 ? Duration.ZERO : null;
        }
        double seconds = meanSecondsPerFile * pending / Math.max(1, workers);
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }
}
