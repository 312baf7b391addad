package org.recordswatch.platform.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The job table's state changes for the {@link JobDispatcher}, each in its own short transaction (except
 * {@link #finish}, which joins the caller's, so a handler commits its results and the job's end together).
 */
@ApplicationScoped
public class JobStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What a worker needs to know about the job it took. */
    public record Claimed(long id, String kind, long subjectId, Long requestId, int attempt, Instant queuedAt) {
    }

    /**
     * Takes the next job that is due, oldest first, skipping rows other transactions hold and subjects that already
     * have a RUNNING job; marks it RUNNING and counts the attempt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claimNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT j.id FROM job j WHERE j.status = 'QUEUED' "
                + "AND j.not_before <= ? AND NOT EXISTS (SELECT 1 FROM job r WHERE r.running_key = j.queued_key) "
                + "ORDER BY j.priority, j.not_before, j.id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Job job = em.find(Job.class, ((Number) ids.get(0)).longValue());
        if (job == null || !Job.QUEUED.equals(job.getStatus())) {
            return Optional.empty();
        }
        job.claim(now);
        em.flush();
        return Optional.of(new Claimed(job.getId(), job.getKind(), job.getSubjectId(), job.getRequestId(),
                job.getAttempts(), job.getCreatedAt()));
    }

    /** Ends a RUNNING job; false if it was not running (nothing changed). Joins the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean finish(long jobId, String status, String reason) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !Job.RUNNING.equals(job.getStatus())) {
            return false;
        }
        job.finish(status, reason, clock.instant());
        return true;
    }

    /**
     * Records a failed attempt: queued again after back-off, or given up (then the handler hears of it in the same
     * transaction). Returns true when given up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean attemptFailed(long jobId, String reason, Duration backoffBase, JobHandler handler,
            JobContext context) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !Job.RUNNING.equals(job.getStatus())) {
            return false;
        }
        if (job.hasAttemptsLeft() && supersededByTwin(job)) {
            return false;
        }
        boolean gaveUp = job.attemptFailed(reason, backoffBase, clock.instant());
        if (gaveUp && handler != null) {
            handler.abandoned(context, job.getReason());
        }
        return gaveUp;
    }

    /** Back to the queue without counting the attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void postpone(long jobId, String reason, Duration delay) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && Job.RUNNING.equals(job.getStatus()) && !supersededByTwin(job)) {
            job.postpone(reason, delay, clock.instant());
        }
    }

    /**
     * A RUNNING job about to go back to the queue ends as {@link Job#SUPERSEDED} instead when a twin (same kind and
     * subject: a coalesced job queued while this one ran) is queued already: at most one job per kind and subject
     * may be queued, and the twin does the work. Returns true in that case.
     */
    private boolean supersededByTwin(Job job) {
        @SuppressWarnings("unchecked")
        List<Object> twins = em.createNativeQuery("SELECT id FROM job WHERE kind = ? AND subject_id = ? "
                + "AND status = 'QUEUED' AND id <> ?").setParameter(1, job.getKind())
                .setParameter(2, job.getSubjectId()).setParameter(3, job.getId()).getResultList();
        if (twins.isEmpty()) {
            return false;
        }
        job.supersede(((Number) twins.get(0)).longValue(), clock.instant());
        return true;
    }

    /**
     * At startup: every job still RUNNING was interrupted by the stop or crash of the application (this application
     * runs as one instance; its workers have not started yet). Queued again, or given up after too many
     * interruptions. Returns how many were found.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recoverInterrupted(Function<String, JobHandler> handlers) {
        List<Job> running = em.createNamedQuery("Job.running", Job.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        for (Job job : running) {
            if (job.hasAttemptsLeft() && supersededByTwin(job)) {
                continue;
            }
            if (job.interrupted(now)) {
                JobHandler handler = handlers.apply(job.getKind());
                if (handler != null) {
                    handler.abandoned(new Snapshot(job), job.getReason());
                }
            }
        }
        return running.size();
    }

    /**
     * Jobs RUNNING for longer than {@code minAge} that no worker runs ({@code running}: the ids this instance's
     * workers hold) are queued again (or given up, see {@link Job#interrupted}). Returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requeueOrphans(Set<Long> running, Duration minAge, Function<String, JobHandler> handlers) {
        Instant now = clock.instant();
        int n = 0;
        for (Job job : em.createNamedQuery("Job.running", Job.class).getResultList()) {
            if (running.contains(job.getId()) || job.getStartedAt() == null
                    || job.getStartedAt().isAfter(now.minus(minAge))) {
                continue;
            }
            Job locked = em.find(Job.class, job.getId(), LockModeType.PESSIMISTIC_WRITE);
            if (locked == null || !Job.RUNNING.equals(locked.getStatus())) {
                continue;
            }
            n++;
            if (locked.hasAttemptsLeft() && supersededByTwin(locked)) {
                continue;
            }
            if (locked.interrupted(now)) {
                JobHandler handler = handlers.apply(locked.getKind());
                if (handler != null) {
                    handler.abandoned(new Snapshot(locked), locked.getReason());
                }
            }
        }
        return n;
    }

    /** Persists progress (no version change: it never conflicts with the job's state changes). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long jobId, long done, long total, String note) {
        String clipped = note == null || note.length() <= 255 ? note : note.substring(0, 255);
        em.createNativeQuery("UPDATE job SET progress_done = ?, progress_total = ?, progress_note = ? "
                + "WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, done).setParameter(2, total).setParameter(3, clipped).setParameter(4, jobId)
                .executeUpdate();
    }

    /** A read-only context for {@link JobHandler#abandoned} calls outside a run. */
    private record Snapshot(long jobId, String kind, long subjectId, Long requestId, int attempt, Instant queuedAt)
            implements JobContext {

        Snapshot(Job job) {
            this(job.getId(), job.getKind(), job.getSubjectId(), job.getRequestId(), job.getAttempts(),
                    job.getCreatedAt());
        }

        @Override
        public void progress(long done, long total, String note) {
            // not running
        }

        @Override
        public void finish(String status, String reason) {
            throw new IllegalStateException("The job is not running");
        }
    }
}
