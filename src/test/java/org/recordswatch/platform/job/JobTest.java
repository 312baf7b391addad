package org.recordswatch.platform.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The job state machine and its retry policy. */
class JobTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    private static Job queued(int maxAttempts) {
        return new Job("extract", 42, 7L, maxAttempts, T0);
    }

    @Test
    void aNewJobIsQueuedAndDueAtOnce() {
        Job job = queued(3);
        assertEquals(Job.QUEUED, job.getStatus());
        assertEquals(0, job.getAttempts());
        assertEquals(T0, job.getNotBefore());
        assertFalse(job.isFinished());
    }

    @Test
    void claimingCountsAnAttemptAndFinishingRecordsTheStatusAndReason() {
        Job job = queued(3);
        job.claim(T0.plusSeconds(1));
        assertEquals(Job.RUNNING, job.getStatus());
        assertEquals(1, job.getAttempts());
        job.finish("FAILED_LIMIT", "too big", T0.plusSeconds(5));
        assertEquals("FAILED_LIMIT", job.getStatus());
        assertEquals("too big", job.getReason());
        assertTrue(job.isFinished());
        assertTrue(job.isFailed());
        assertEquals(T0.plusSeconds(5), job.getFinishedAt());
    }

    @Test
    void onlyAQueuedJobCanBeClaimedAndOnlyARunningOneFinished() {
        Job job = queued(3);
        assertThrows(IllegalStateException.class, () -> job.finish(Job.DONE, null, T0));
        job.claim(T0);
        assertThrows(IllegalStateException.class, () -> job.claim(T0));
        assertThrows(IllegalArgumentException.class, () -> job.finish(Job.QUEUED, null, T0));
        assertThrows(IllegalArgumentException.class, () -> job.finish(Job.RUNNING, null, T0));
        job.finish(Job.DONE, null, T0);
        assertFalse(job.isFailed());
        assertThrows(IllegalStateException.class, () -> job.claim(T0));
    }

    @Test
    void failedAttemptsAreRetriedWithGrowingBackOffUntilTheAttemptsAreUsedUp() {
        Job job = queued(3);
        job.claim(T0);
        assertFalse(job.attemptFailed("boom 1", BASE, T0));
        assertEquals(Job.QUEUED, job.getStatus());
        assertEquals(T0.plusSeconds(30), job.getNotBefore());

        job.claim(T0.plusSeconds(30));
        assertFalse(job.attemptFailed("boom 2", BASE, T0.plusSeconds(40)));
        assertEquals(T0.plusSeconds(40 + 60), job.getNotBefore(), "doubled");

        job.claim(T0.plusSeconds(100));
        assertTrue(job.attemptFailed("boom 3", BASE, T0.plusSeconds(110)), "given up after the third");
        assertEquals(Job.FAILED, job.getStatus());
        assertEquals("boom 3", job.getReason());
        assertEquals(3, job.getAttempts());
    }

    @Test
    void aPostponedAttemptIsNotCounted() {
        Job job = queued(1);
        for (int i = 0; i < 5; i++) {
            job.claim(T0);
            job.postpone("engine busy", Duration.ofSeconds(10), T0);
            assertEquals(Job.QUEUED, job.getStatus());
            assertEquals(0, job.getAttempts());
            assertEquals(T0.plusSeconds(10), job.getNotBefore());
        }
        job.claim(T0);
        assertTrue(job.attemptFailed("real failure", BASE, T0), "the one real attempt still counts");
    }

    @Test
    void aRunningJobSupersededByItsQueuedTwinEndsWithoutFailingAndOnlyWhileRunning() {
        Job job = queued(2);
        assertThrows(IllegalStateException.class, () -> job.supersede(43, T0));
        job.claim(T0);
        assertTrue(job.hasAttemptsLeft());
        job.supersede(43, T0.plusSeconds(3));
        assertEquals(Job.SUPERSEDED, job.getStatus());
        assertTrue(job.isFinished());
        assertFalse(job.isFailed(), "the twin does the work: nothing failed");
        assertTrue(job.getReason().contains("43"), job.getReason());
        assertEquals(T0.plusSeconds(3), job.getFinishedAt());
    }

    @Test
    void attemptsLeftCountDown() {
        Job job = queued(1);
        assertTrue(job.hasAttemptsLeft());
        job.claim(T0);
        assertFalse(job.hasAttemptsLeft());
    }

    @Test
    void aJobInterruptedByARestartIsQueuedAgainButNotForever() {
        Job job = queued(2);
        job.claim(T0);
        assertFalse(job.interrupted(T0.plusSeconds(60)));
        assertEquals(Job.QUEUED, job.getStatus());
        assertEquals(T0.plusSeconds(60), job.getNotBefore());
        job.claim(T0.plusSeconds(61));
        assertTrue(job.interrupted(T0.plusSeconds(120)), "a job that keeps killing the application is given up");
        assertEquals(Job.FAILED, job.getStatus());
        assertTrue(job.getReason().contains("2 times"), job.getReason());
    }

    @Test
    void aRetryOfAFinishedJobStartsItsAttemptsOver() {
        Job job = queued(1);
        job.claim(T0);
        job.attemptFailed("boom", BASE, T0);
        assertEquals(Job.FAILED, job.getStatus());
        job.retry(T0.plusSeconds(600));
        assertEquals(Job.QUEUED, job.getStatus());
        assertEquals(0, job.getAttempts());
        assertNull(job.getReason());
        assertEquals(T0.plusSeconds(600), job.getNotBefore());
        Job running = queued(1);
        running.claim(T0);
        assertThrows(IllegalStateException.class, () -> running.retry(T0));
    }

    @Test
    void theBackOffIsCappedAtAnHour() {
        assertEquals(Duration.ofSeconds(30), Job.backoff(BASE, 1));
        assertEquals(Duration.ofSeconds(120), Job.backoff(BASE, 3));
        assertEquals(Duration.ofHours(1), Job.backoff(BASE, 30));
    }

    @Test
    void kindsAndAttemptsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Job(" ", 1, null, 3, T0));
        assertThrows(IllegalArgumentException.class, () -> new Job("x".repeat(33), 1, null, 3, T0));
        assertThrows(IllegalArgumentException.class, () -> new Job("extract", 1, null, 0, T0));
    }
}
