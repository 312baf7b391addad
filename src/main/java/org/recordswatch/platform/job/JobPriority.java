package org.recordswatch.platform.job;

/** Which queued jobs a free worker takes first: lower {@link #rank()} first, then the oldest. */
public enum JobPriority {

    /** Work a user is waiting for directly (the extraction of an uploaded file). */
    NORMAL(0),

    /** Derived work that can wait for the normal jobs queued before it runs (a campaign's re-analysis). */
    BACKGROUND(10);

    private final int rank;

    JobPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
