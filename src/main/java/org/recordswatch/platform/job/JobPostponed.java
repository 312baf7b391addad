package org.recordswatch.platform.job;

import java.time.Duration;

/**
 * Thrown by a {@link JobHandler} when the job cannot run now for a reason that is not the job's fault (the resource
 * it needs is busy or starting): the job returns to the queue after the delay without counting an attempt.
 */
public class JobPostponed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration delay;

    public JobPostponed(String reason, Duration delay) {
        super(reason);
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }
}
