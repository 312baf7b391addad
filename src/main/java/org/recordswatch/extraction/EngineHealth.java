package org.recordswatch.extraction;

import java.time.Instant;
import java.util.Optional;

/**
 * Counters of the extraction engine since it started, for the operations page and logs: how many files it answered,
 * how many of them killed or timed out their process, and how often it could not answer at all.
 *
 * @param forks        configured number of forked processes
 * @param extracted    files answered with a verdict
 * @param timeouts     of those, processes killed for exceeding the time limit
 * @param outOfMemory  of those, processes that ran out of heap
 * @param crashes      of those, processes that died otherwise
 * @param unavailable  calls answered with {@link ExtractionUnavailableException}
 * @param restarts     times the pool of forks was replaced after a fork would not start
 * @param lastProblem  when the last timeout, crash, out-of-memory or unavailability happened
 */
public record EngineHealth(int forks, long extracted, long timeouts, long outOfMemory, long crashes,
        long unavailable, long restarts, Optional<Instant> lastProblem) {
}
