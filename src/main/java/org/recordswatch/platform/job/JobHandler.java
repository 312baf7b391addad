package org.recordswatch.platform.job;

/**
 * Does the work of one kind of job ({@code "extract"}, {@code "analyze"}). A CDI bean ({@code @ApplicationScoped} or
 * {@code @Dependent}), found by {@link #kind()}. The dispatcher calls {@link #run} on a background thread without a
 * transaction: the handler opens the short transactions it needs itself.
 * <ul>
 *   <li>returning normally: the job is {@code DONE} (unless the handler called {@link JobContext#finish} already,
 *       ideally inside the transaction that stored its results, so that results and final state commit together);</li>
 *   <li>throwing {@link JobPostponed}: the job goes back to the queue without counting an attempt (a resource the
 *       job needs is busy);</li>
 *   <li>throwing anything else: the attempt failed; the job is retried with back-off until its attempts are used
 *       up, then it is {@code FAILED} and {@link #abandoned} is called.</li>
 * </ul>
 */
public interface JobHandler {

    /** The kind of job this handler runs, e.g. {@code "extract"}. */
    String kind();

    /** Runs one attempt of a job. Throw = attempt failed; {@code context.finish(status, reason)} = final state. */
    void run(JobContext context) throws Exception;

    /**
     * Called when the dispatcher gives up on a job (attempts used up, or interrupted by crashes too often), inside
     * the transaction that marks the job {@code FAILED}, so that the handler can mark its own records.
     */
    default void abandoned(JobContext context, String reason) {
        // nothing by default
    }

    /**
     * Called about once a minute by a worker, outside any transaction: the handler may repair its own records (queue
     * work whose queueing was lost, reset states left behind by a failed bookkeeping transaction).
     */
    default void repair() {
        // nothing by default
    }
}
