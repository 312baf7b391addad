package org.recordswatch.communication;

/** Where a campaign's analysis stands. */
public enum AnalysisStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
