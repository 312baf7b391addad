package org.recordswatch.communication;

import java.time.Instant;

/**
 * How far a campaign's records have been processed: originals uploaded and still being extracted, the analysis's
 * status and counts, and whether everything is finished (nothing extracting, no analysis queued or running).
 */
public record AnalysisState(long campaignId, long documents, long extracting, AnalysisStatus status,
        boolean jobPending, int communications, int threads, Instant finishedAt, String error) {

    /** Whether extraction and analysis are both done for everything uploaded so far. */
    public boolean finished() {
        if (extracting > 0 || jobPending) {
            return false;
        }
        return documents == 0 || status == AnalysisStatus.DONE || status == AnalysisStatus.FAILED;
    }
}
