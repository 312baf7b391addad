package org.recordswatch.communication;

import java.time.Instant;

/**
 * How far a campaign's records have been processed: originals uploaded and still being extracted, when the last
 * extraction ended, the analysis's status and counts, and whether everything is finished (nothing extracting, no
 * analysis queued or running, and the last analysis started after the last extraction ended).
 */
public record AnalysisState(long campaignId, long documents, long extracting, Instant lastExtractedAt,
        AnalysisStatus status, boolean jobPending, int communications, int threads, Instant startedAt,
        Instant finishedAt, String error) {

    /** Whether extraction and analysis are both done for everything uploaded so far. */
    public boolean finished() {
        if (extracting > 0 || jobPending) {
            return false;
        }
        if (documents == 0) {
            return true;
        }
        boolean ended = status == AnalysisStatus.DONE || status == AnalysisStatus.FAILED;
        // the analysis must have started after the last extraction ended, else it missed that document
        return ended && startedAt != null && (lastExtractedAt == null || !startedAt.isBefore(lastExtractedAt));
    }
}
