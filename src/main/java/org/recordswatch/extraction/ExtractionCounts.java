package org.recordswatch.extraction;

/**
 * How many originals are in each extraction state (children are final together with their original).
 * {@code failed} is the sum of all {@code FAILED_*}.
 */
public record ExtractionCounts(long queued, long parsing, long done, long failed, long total) {

    public static ExtractionCounts of(long queued, long parsing, long done, long failed, long unqueued) {
        return new ExtractionCounts(queued + unqueued, parsing, done, failed, queued + unqueued + parsing + done
                + failed);
    }

    /** Nothing left to extract. */
    public boolean isSettled() {
        return queued == 0 && parsing == 0;
    }

    /** Finished originals (done or failed) in percent of all, 100 when there are none. */
    public int percentFinished() {
        return total == 0 ? 100 : (int) ((done + failed) * 100 / total);
    }
}
