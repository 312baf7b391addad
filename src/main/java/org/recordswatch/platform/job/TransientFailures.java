package org.recordswatch.platform.job;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Database failures that say "try again" (a deadlock, a lock wait timeout, an optimistic lock conflict), as opposed
 * to failures of the work itself. Jobs and their bookkeeping retry them instead of counting an attempt.
 */
public final class TransientFailures {

    /** How often {@link #retry} tries. */
    static final int TRIES = 6;

    private TransientFailures() {
    }

    /** Whether the throwable or one of its causes is a transient database failure. */
    public static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransactionRollbackException || c instanceof OptimisticLockException
                    || c instanceof PessimisticLockException || c instanceof LockTimeoutException) {
                return true;
            }
            if (c instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213
                    || s.getErrorCode() == 1205)) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("Deadlock found") || m.contains("Lock wait timeout exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the work (its own transaction), again after a short random pause while it fails transiently. */
    public static <T> T retry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** {@link #retry(Supplier)} for work without a result. */
    public static void retry(Runnable work) {
        retry(() -> {
            work.run();
            return null;
        });
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
