package org.recordswatch.platform.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deadlocks and lock conflicts are retried; real failures are not. */
class TransientFailuresTest {

    private static RuntimeException deadlock() {
        return new PersistenceException("Exception [EclipseLink-4002]", new SQLTransactionRollbackException(
                "(conn=162) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void deadlocksAndLockTimeoutsAreTransientOtherFailuresAreNot() {
        assertTrue(TransientFailures.isTransient(deadlock()));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Lock wait timeout exceeded",
                "HY000", 1205))));
        assertTrue(TransientFailures.isTransient(new jakarta.persistence.OptimisticLockException("changed")));
        assertFalse(TransientFailures.isTransient(new PersistenceException(new SQLException("Duplicate entry",
                "23000", 1062))));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("boom")));
    }

    @Test
    void transientFailuresAreRetriedUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals("ok", TransientFailures.retry(() -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "ok";
        }));
        assertEquals(3, calls.get());
    }

    @Test
    void aRealFailureIsThrownAtOnceAndATransientOneAfterTheLastTry() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("real");
        }));
        assertEquals(1, calls.get());
        AtomicInteger tries = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> TransientFailures.retry(() -> {
            tries.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(TransientFailures.TRIES, tries.get());
    }
}
