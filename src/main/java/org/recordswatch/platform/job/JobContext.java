package org.recordswatch.platform.job;

import java.time.Instant;

/** What a running job knows about itself and how it reports back. */
public interface JobContext {

    long jobId();

    String kind();

    /** The thing the job works on: a document id for {@code "extract"}, a campaign id for {@code "analyze"}. */
    long subjectId();

    /** The records request the job belongs to; may be null. */
    Long requestId();

    /**
     * When the job was first queued (a coalesced job keeps the time of its first request; postponing does not
     * change it).
     */
    Instant queuedAt();

    /** Which attempt this is, from 1. */
    default int attempt() {
        return 1;
    }

    /**
     * True when the application is stopping: a handler should not record a verdict that the shutdown may have caused
     * (a killed parsing process), but throw {@link JobPostponed} so that the job runs again after the restart.
     */
    default boolean cancelled() {
        return false;
    }

    /** Persists how far the job is (throttled: at most about once a second; the last call before the end wins). */
    void progress(long done, long total, String note);

    /**
     * Ends the job with a specific terminal status ({@code DONE}, {@code FAILED}, {@code FAILED_LIMIT}, ...) and
     * reason. Joins the caller's transaction when there is one, so that a handler can commit its results and the
     * job's final state together.
     */
    void finish(String status, String reason);
}
