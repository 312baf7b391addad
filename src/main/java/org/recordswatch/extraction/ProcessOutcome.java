package org.recordswatch.extraction;

/**
 * What happened to the forked extraction process during the file, for the job system's retry decision: a
 * {@link #CRASHED} or {@link #TIMED_OUT} process may deserve one more attempt (the machine may have been short of
 * memory or busy); a {@link #COMPLETED} one gives the same answer again for the same options.
 */
public enum ProcessOutcome {
    /** The process answered; the status comes from what the parsers reported. */
    COMPLETED,
    /** The process exceeded the file's time limit and was killed. */
    TIMED_OUT,
    /** The process ran out of heap and exited. */
    OUT_OF_MEMORY,
    /** The process died for another reason ({@code System.exit} in a parser, a native crash, killed by the OS). */
    CRASHED
}
