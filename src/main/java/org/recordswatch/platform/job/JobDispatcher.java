package org.recordswatch.platform.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the queued jobs: {@code jobs.concurrency} (env {@code JOBS_CONCURRENCY}, default 2) workers on a managed
 * executor, each taking the next due job from the table ({@code FOR UPDATE SKIP LOCKED}), running its
 * {@link JobHandler} and recording the outcome. Workers look for work when a transaction that queued jobs commits
 * ({@link JobsEnqueued}, via {@link JobSignal}) and otherwise every {@code jobs.poll-seconds}; they start when the
 * application is up. At startup, before any worker starts, jobs
 * left RUNNING by a stop or crash are queued again. At shutdown the workers stop taking jobs; a job cut short stays
 * RUNNING in the table and is queued again at the next start (nothing it did was committed).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = JobDispatcher.EXECUTOR, maxAsync = JobDispatcher.MAX_WORKERS)
public class JobDispatcher {

    static final String EXECUTOR = "java:app/concurrent/RecordsWatchJobs";
    static final int MAX_WORKERS = 16;

    private static final Logger LOG = Logger.getLogger(JobDispatcher.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    @Any
    Instance<JobHandler> handlerBeans;

    @Inject
    JobStore store;

    @Inject
    JobSignal signal;

    @Inject
    @ConfigProperty(name = "jobs.concurrency", defaultValue = "2")
    int concurrency;

    @Inject
    @ConfigProperty(name = "jobs.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "jobs.retry-backoff-seconds", defaultValue = "30")
    int backoffSeconds;

    @Inject
    @ConfigProperty(name = "jobs.start-delay-seconds", defaultValue = "2")
    int startDelaySeconds;

    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final AtomicInteger activeWorkers = new AtomicInteger();
    private final AtomicInteger runningJobs = new AtomicInteger();
    private final Set<Long> runningIds = ConcurrentHashMap.newKeySet();
    private volatile long lastRepair = System.nanoTime();
    private volatile boolean stopping;
    private boolean started;

    @PostConstruct
    void start() {
        for (JobHandler h : handlerBeans) {
            JobHandler previous = handlers.put(h.kind(), h);
            if (previous != null) {
                throw new IllegalStateException("Two job handlers for kind " + h.kind());
            }
        }
        int recovered = store.recoverInterrupted(handlers::get);
        if (recovered > 0) {
            LOG.warning(() -> recovered + " job(s) were interrupted by the last stop and are queued again");
        }
    }

    /** Starts the workers (once), when the application is up ({@link JobSignal}). */
    public void startWorkers() {
        synchronized (handlers) {
            if (started || stopping) {
                return;
            }
            started = true;
        }
        int workers = Math.max(1, Math.min(concurrency, MAX_WORKERS));
        for (int i = 0; i < workers; i++) {
            int n = i + 1;
            executor.submit(() -> work(n));
        }
        LOG.info(() -> "Job dispatcher started: " + workers + " worker(s) for " + handlers.keySet());
    }


    /** The number of jobs running in this instance now. */
    public int runningJobs() {
        return runningJobs.get();
    }

    /** Whether the application is stopping (handlers should not record verdicts caused by the shutdown). */
    public boolean isStopping() {
        return stopping;
    }


    private void work(int worker) {
        activeWorkers.incrementAndGet();
        Thread.currentThread().setName("rw-job-worker-" + worker);
        try {
            sleep(Duration.ofSeconds(startDelaySeconds));
            while (!stopping) {
                long seen = signal.mark();
                Optional<JobStore.Claimed> claimed;
                try {
                    claimed = TransientFailures.retry(store::claimNext);
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    LOG.log(Level.WARNING, "Cannot take the next job", e);
                    claimed = Optional.empty();
                }
                if (worker == 1) {
                    repairNow();
                }
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    waitForWork(seen);
                }
            }
        } finally {
            activeWorkers.decrementAndGet();
        }
    }

    private void waitForWork(long seen) {
        if (!stopping && !signal.await(seen, pollSeconds)) {
            stopping = true;
        }
    }

    private void run(JobStore.Claimed job) {
        JobHandler handler = handlers.get(job.kind());
        RunningJob context = new RunningJob(job, store, this);
        runningJobs.incrementAndGet();
        runningIds.add(job.id());
        try {
            if (handler == null) {
                safely(() -> store.finish(job.id(), Job.FAILED, "No handler for jobs of kind " + job.kind()));
                return;
            }
            handler.run(context);
            if (!context.isFinished()) {
                safely(() -> store.finish(job.id(), Job.DONE, null));
            }
        } catch (JobPostponed p) {
            LOG.fine(() -> "Job " + job.id() + " postponed: " + p.getMessage());
            safely(() -> store.postpone(job.id(), p.getMessage(), p.delay()));
        } catch (Exception | LinkageError | AssertionError e) {
            if (TransientFailures.isTransient(e)) {
                // A deadlock or lock conflict, not the job's fault: again soon, attempt not counted.
                LOG.fine(() -> "Job " + job.id() + " met a transient database failure; postponed");
                safely(() -> store.postpone(job.id(), "Database busy", Duration.ofSeconds(2)));
                return;
            }
            LOG.log(Level.WARNING, "Job " + job.id() + " (" + job.kind() + " " + job.subjectId() + ") attempt "
                    + job.attempt() + " failed", e);
            String reason = "Attempt " + job.attempt() + " failed: " + e.getClass().getSimpleName();
            safely(() -> {
                if (store.attemptFailed(job.id(), reason, Duration.ofSeconds(backoffSeconds), handler, context)) {
                    LOG.warning(() -> "Job " + job.id() + " given up after " + job.attempt() + " attempt(s)");
                }
            });
        } finally {
            runningIds.remove(job.id());
            runningJobs.decrementAndGet();
        }
    }

    /**
     * Once a minute: jobs marked RUNNING that no worker of this instance runs (their bookkeeping failed, e.g. the
     * database was unreachable at the end of a run) are queued again, and the handlers repair their own records.
     */
    private void repairNow() {
        if (System.nanoTime() - lastRepair < TimeUnit.SECONDS.toNanos(60)) {
            return;
        }
        lastRepair = System.nanoTime();
        try {
            int repaired = TransientFailures.retry(() -> store.requeueOrphans(Set.copyOf(runningIds),
                    Duration.ofSeconds(60), handlers::get));
            if (repaired > 0) {
                LOG.warning(() -> repaired + " running job(s) without a worker were queued again");
            }
            for (JobHandler h : handlers.values()) {
                h.repair();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job repair failed; next try in a minute", e);
        }
    }

    private void safely(Runnable r) {
        try {
            TransientFailures.retry(r);
        } catch (RuntimeException e) {
            // The job stays RUNNING in the table and is queued again at the next start.
            LOG.log(Level.SEVERE, "Cannot record a job's outcome", e);
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            stopping = true;
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        try {
            signal.wake();
        } catch (RuntimeException alreadyGone) {
            // the workers notice within a poll interval
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (activeWorkers.get() > 0 && runningJobs.get() == 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        LOG.info(() -> "Job dispatcher stopped; " + runningJobs.get() + " job(s) cut short will run again at the "
                + "next start");
    }

    /** The context of one running attempt. */
    private static final class RunningJob implements JobContext {

        private final JobStore.Claimed job;
        private final JobStore store;
        private final JobDispatcher dispatcher;
        private volatile boolean finished;
        private long lastProgressNanos;

        RunningJob(JobStore.Claimed job, JobStore store, JobDispatcher dispatcher) {
            this.job = job;
            this.store = store;
            this.dispatcher = dispatcher;
        }

        @Override
        public long jobId() {
            return job.id();
        }

        @Override
        public String kind() {
            return job.kind();
        }

        @Override
        public long subjectId() {
            return job.subjectId();
        }

        @Override
        public Long requestId() {
            return job.requestId();
        }

        @Override
        public int attempt() {
            return job.attempt();
        }

        @Override
        public Instant queuedAt() {
            return job.queuedAt();
        }

        @Override
        public boolean cancelled() {
            return dispatcher.stopping;
        }

        @Override
        public synchronized void progress(long done, long total, String note) {
            long now = System.nanoTime();
            if (done < total && now - lastProgressNanos < TimeUnit.SECONDS.toNanos(1)) {
                return;
            }
            lastProgressNanos = now;
            store.progress(job.id(), done, total, note);
        }

        @Override
        public void finish(String status, String reason) {
            if (store.finish(job.id(), status, reason)) {
                finished = true;
            }
        }

        boolean isFinished() {
            return finished;
        }
    }
}
