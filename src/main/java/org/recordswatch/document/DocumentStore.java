package org.recordswatch.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where original files live: content-addressed by SHA-256, written once and never modified. A stored blob is durable
 * (fsynced and renamed into place) before {@link #store} returns, so a database row that references it may be
 * committed afterwards; a crash in between leaves at most an unreferenced blob, which the sweeper removes.
 */
public interface DocumentStore {

    /** A blob that is now durably stored. {@code alreadyPresent}: the same bytes were stored before. */
    record Stored(ContentDigest digest, long size, boolean alreadyPresent) {
    }

    /** A blob seen by {@link #forEachBlob}. */
    record Blob(ContentDigest digest, long size, Instant modified) {
    }

    /**
     * Streams the bytes into the store, hashing them on the way, never holding more than a buffer in memory.
     *
     * @param maxBytes the most bytes accepted; more throws {@link FileTooLargeException} and stores nothing
     */
    Stored store(InputStream bytes, long maxBytes) throws IOException;

    /** The stored bytes, for reading. */
    InputStream open(ContentDigest digest) throws IOException;

    /** The file holding the blob (read-only use: extraction reads it in place). */
    Path pathOf(ContentDigest digest);

    boolean exists(ContentDigest digest);

    long size(ContentDigest digest) throws IOException;

    /** Every stored blob, for the sweeper. */
    void forEachBlob(Consumer<Blob> visitor) throws IOException;

    /** Removes a blob (the sweeper's job only: originals are never deleted while a row references them). */
    void delete(ContentDigest digest) throws IOException;

    /** Removes temporary files of interrupted writes older than the given instant; returns how many. */
    int removeStaleTemporaryFiles(Instant olderThan) throws IOException;
}
