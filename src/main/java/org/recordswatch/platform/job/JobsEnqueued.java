package org.recordswatch.platform.job;

/** New work was queued; observed after commit by the {@link JobDispatcher}, which then looks for it at once. */
public record JobsEnqueued(String kind) {
}
