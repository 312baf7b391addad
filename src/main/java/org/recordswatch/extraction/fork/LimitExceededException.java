package org.recordswatch.extraction.fork;

import java.io.IOException;

/**
 * Thrown inside the forked process when an unpacking limit is exceeded. It is an {@link IOException} so that it
 * travels through the stream reads of any parser and aborts the container that is being unpacked.
 */
public class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;
    private final ForkLimit limit;

    public LimitExceededException(ForkLimit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public ForkLimit limit() {
        return limit;
    }
}
