package org.recordswatch.platform.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where work is queued: in the caller's transaction (or a new one), so a job exists exactly when the data it works on
 * was committed. The {@link JobDispatcher} is told after commit and runs the job. Internal: features call it from
 * their services or observers, which have checked the caller.
 */
@ApplicationScoped
@Transactional
public class JobQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<JobsEnqueued> enqueued;

    /**
     * Enqueues (in the caller's transaction) unless an unfinished job of the same kind and subject exists; with
     * {@code coalesce=true} only an existing QUEUED job is reused, so that work that changed while a job of the same
     * subject is RUNNING (a new document for an analysis under way) gets one more run afterwards.
     *
     * @return the id of the new or reused job
     */
    public long enqueue(String kind, long subjectId, Long requestId, boolean coalesce) {
        return enqueue(kind, subjectId, requestId, coalesce, JobPriority.NORMAL);
    }

    /** {@link #enqueue(String, long, Long, boolean)} with a priority (a reused queued job keeps its own). */
    public long enqueue(String kind, long subjectId, Long requestId, boolean coalesce, JobPriority priority) {
        if (!coalesce) {
            List<Job> unfinished = em.createNamedQuery("Job.unfinished", Job.class).setParameter("kind", kind)
                    .setParameter("subject", subjectId).getResultList();
            if (!unfinished.isEmpty()) {
                return unfinished.get(0).getId();
            }
        }
        new Job(kind, subjectId, requestId, Job.DEFAULT_MAX_ATTEMPTS, clock.instant()); // validates the arguments
        Timestamp now = Timestamp.from(clock.instant());
        // At most one QUEUED job per kind and subject (unique generated key): reuse it when it exists, even when
        // another transaction queued it a moment ago.
        em.createNativeQuery("INSERT INTO job (kind, subject_id, request_id, status, priority, attempts, "
                + "max_attempts, not_before, created_at, version) VALUES (?, ?, ?, 'QUEUED', ?, 0, ?, ?, ?, 0) "
                + "ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, requestId)
                .setParameter(4, priority.rank()).setParameter(5, Job.DEFAULT_MAX_ATTEMPTS).setParameter(6, now)
                .setParameter(7, now).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        enqueued.fire(new JobsEnqueued(kind));
        return id;
    }

    /** One-click re-run of a finished (failed) job: its attempts start over. Nothing happens if it is unfinished. */
    public void retry(long jobId) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new IllegalArgumentException("No job " + jobId);
        }
        if (!job.isFinished()) {
            return;
        }
        List<Job> unfinished = em.createNamedQuery("Job.unfinished", Job.class).setParameter("kind", job.getKind())
                .setParameter("subject", job.getSubjectId()).getResultList();
        if (!unfinished.isEmpty()) {
            return;
        }
        job.retry(clock.instant());
        em.flush();
        enqueued.fire(new JobsEnqueued(job.getKind()));
    }

    /** The newest job of a kind for a subject. */
    public Optional<Job> latest(String kind, long subjectId) {
        return em.createNamedQuery("Job.latest", Job.class).setParameter("kind", kind)
                .setParameter("subject", subjectId).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Job> find(long jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId));
    }

    Instant now() {
        return clock.instant();
    }
}
