package org.recordswatch.platform.job;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the {@link JobDispatcher}'s idle workers when a transaction that queued jobs commits, and starts them once
 * the application is up (after the beans that observe the start earlier, such as the extraction engine). A plain CDI
 * bean: observing after commit must not suspend or open transactions.
 */
@ApplicationScoped
public class JobSignal {

    @Inject
    JobDispatcher dispatcher;

    private final Object monitor = new Object();
    private long wakeups;

    void applicationStarted(@Observes @Priority(Interceptor.Priority.APPLICATION + 500)
            @Initialized(ApplicationScoped.class) Object event) {
        dispatcher.startWorkers();
    }

    void jobsEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobsEnqueued event) {
        wake();
    }

    /** Wakes every waiting worker. */
    public void wake() {
        synchronized (monitor) {
            wakeups++;
            monitor.notifyAll();
        }
    }

    /** A mark to pass to {@link #await}: wake-ups after it end the wait at once. */
    long mark() {
        synchronized (monitor) {
            return wakeups;
        }
    }

    /** Waits until a wake-up after {@code mark} or the timeout; false if interrupted. */
    boolean await(long mark, long timeoutSeconds) {
        synchronized (monitor) {
            if (wakeups != mark) {
                return true;
            }
            try {
                monitor.wait(TimeUnit.SECONDS.toMillis(Math.max(1, timeoutSeconds)));
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
