package org.recordswatch.extraction;

import java.time.Instant;

/** A line of the ingestion report: a document whose extraction failed, and why. */
public record FailedFile(long documentId, long rootDocumentId, String path, String status, String reason,
        String limitsHit, boolean partial, Instant finishedAt) {

    /** The message key of the status label. */
    public String statusKey() {
        return "extraction.state." + status;
    }
}
