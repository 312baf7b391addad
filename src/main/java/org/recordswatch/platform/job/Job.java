package org.recordswatch.platform.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit of background work, persistent in MariaDB: {@code QUEUED → RUNNING → DONE}, or back to {@code QUEUED}
 * after a failed attempt while attempts remain, or a failure status ({@code FAILED} or a kind-specific
 * {@code FAILED_*} with a reason). The state changes are the methods of this class; the {@link JobDispatcher} calls
 * them in short transactions.
 */
@Entity
@Table(name = "job")
@NamedQuery(name = "Job.unfinished", query = "SELECT j FROM Job j WHERE j.kind = :kind AND j.subjectId = :subject "
        + "AND j.status IN ('QUEUED', 'RUNNING') ORDER BY j.id")
@NamedQuery(name = "Job.latest", query = "SELECT j FROM Job j WHERE j.kind = :kind AND j.subjectId = :subject "
        + "ORDER BY j.id DESC")
@NamedQuery(name = "Job.running", query = "SELECT j FROM Job j WHERE j.status = 'RUNNING' ORDER BY j.id")
public class Job {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /**
     * Ended without running to its end because a twin (same kind and subject) was queued meanwhile and does the
     * work: a coalesced job that would otherwise go back to the queue next to it.
     */
    public static final String SUPERSEDED = "SUPERSEDED";

    /** Attempts a job gets unless its kind says otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = 24)
    private String status;

    /** Lower first; see {@link JobPriority}. */
    @Column(nullable = false)
    private int priority;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "progress_done", nullable = false)
    private long progressDone;

    @Column(name = "progress_total", nullable = false)
    private long progressTotal;

    @Column(name = "progress_note")
    private String progressNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Job() {
        // for JPA
    }

    public Job(String kind, long subjectId, Long requestId, int maxAttempts, Instant now) {
        if (kind == null || kind.isBlank() || kind.length() > 32) {
            throw new IllegalArgumentException("A job kind is 1 to 32 characters");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A job needs at least one attempt");
        }
        this.kind = kind;
        this.subjectId = subjectId;
        this.requestId = requestId;
        this.maxAttempts = maxAttempts;
        this.status = QUEUED;
        this.notBefore = Objects.requireNonNull(now, "now");
        this.createdAt = now;
    }

    public int getPriority() {
        return priority;
    }

    /** A worker takes the job: one more attempt starts. */
    public void claim(Instant now) {
        requireStatus(QUEUED);
        status = RUNNING;
        attempts++;
        startedAt = now;
        finishedAt = null;
    }

    /** The job ended with the given terminal status ({@code DONE}, {@code FAILED}, {@code FAILED_*}). */
    public void finish(String finalStatus, String why, Instant now) {
        requireStatus(RUNNING);
        if (finalStatus == null || finalStatus.isBlank() || QUEUED.equals(finalStatus)
                || RUNNING.equals(finalStatus) || finalStatus.length() > 24) {
            throw new IllegalArgumentException("Not a terminal job status: " + finalStatus);
        }
        status = finalStatus;
        reason = clip(why);
        finishedAt = now;
    }

    /**
     * The attempt failed. While attempts remain the job is queued again after an exponential back-off
     * ({@code base × 2^(attempts-1)}); returns true when it was given up instead (status {@code FAILED}).
     */
    public boolean attemptFailed(String why, Duration backoffBase, Instant now) {
        requireStatus(RUNNING);
        reason = clip(why);
        if (attempts >= maxAttempts) {
            status = FAILED;
            finishedAt = now;
            return true;
        }
        status = QUEUED;
        notBefore = now.plus(backoff(backoffBase, attempts));
        return false;
    }

    /** The job could not run now, through no fault of its own: queued again, the attempt not counted. */
    public void postpone(String why, Duration delay, Instant now) {
        requireStatus(RUNNING);
        attempts = Math.max(0, attempts - 1);
        reason = clip(why);
        status = QUEUED;
        notBefore = now.plus(delay);
    }

    /**
     * The application stopped (or crashed) while the job ran; nothing it did was committed. Queued again, unless it
     * has been interrupted this way as often as it may be attempted (it may be what brings the application down):
     * then it is given up; returns true in that case.
     */
    public boolean interrupted(Instant now) {
        requireStatus(RUNNING);
        if (attempts >= maxAttempts) {
            status = FAILED;
            reason = "Interrupted by a restart of the application " + attempts + " times";
            finishedAt = now;
            return true;
        }
        status = QUEUED;
        notBefore = now;
        return false;
    }

    /** Whether a failed or interrupted attempt would queue the job again (rather than give it up). */
    public boolean hasAttemptsLeft() {
        return attempts < maxAttempts;
    }

    /**
     * The job would go back to the queue, but its twin {@code twinId} (same kind and subject) is queued already and
     * will do the work: this one ends as {@link #SUPERSEDED}.
     */
    public void supersede(long twinId, Instant now) {
        requireStatus(RUNNING);
        status = SUPERSEDED;
        reason = "Superseded by job " + twinId + ", queued meanwhile";
        finishedAt = now;
    }

    /** A person asked to run a finished job again: its attempts start over. */
    public void retry(Instant now) {
        if (!isFinished()) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not finished");
        }
        status = QUEUED;
        attempts = 0;
        reason = null;
        notBefore = now;
        startedAt = null;
        finishedAt = null;
        progressDone = 0;
        progressTotal = 0;
        progressNote = null;
    }

    /** Back-off before the next attempt: {@code base × 2^(attempt-1)}, at most an hour. */
    public static Duration backoff(Duration base, int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        Duration d = base.multipliedBy(factor);
        return d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
    }

    public boolean isFinished() {
        return !QUEUED.equals(status) && !RUNNING.equals(status);
    }

    public boolean isFailed() {
        return isFinished() && !DONE.equals(status) && !SUPERSEDED.equals(status);
    }

    private void requireStatus(String expected) {
        if (!expected.equals(status)) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not " + expected);
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public String getReason() {
        return reason;
    }

    public long getProgressDone() {
        return progressDone;
    }

    public long getProgressTotal() {
        return progressTotal;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
