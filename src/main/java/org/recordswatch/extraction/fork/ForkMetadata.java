package org.recordswatch.extraction.fork;

/**
 * Metadata keys that the forked process adds to Tika's per-document metadata, read back by the application. The
 * {@code X-RW:} prefix keeps them apart from Tika's own keys; {@link GuardedMetadataWriteFilterFactory} lets them
 * through even when a document's metadata is already at its size cap, so a limit is never hit silently.
 */
public final class ForkMetadata {

    /** Name of a limit hit while extracting this document or its children (multi-valued, see {@link ForkLimit}). */
    public static final String LIMIT = "X-RW:limit";
    /** A sentence (English, no document content) saying which limit was hit where. */
    public static final String LIMIT_DETAIL = "X-RW:limit-detail";
    /** File name (generated, e.g. {@code 7.bin}) of this embedded document's bytes in the task's parts folder. */
    public static final String EMBEDDED_FILE = "X-RW:embedded-file";
    /** Length in bytes of {@link #EMBEDDED_FILE}. */
    public static final String EMBEDDED_LENGTH = "X-RW:embedded-length";
    /** Lower-case hexadecimal SHA-256 of {@link #EMBEDDED_FILE}. */
    public static final String EMBEDDED_SHA256 = "X-RW:embedded-sha256";
    /** Why the bytes of this embedded document were not kept (they exceeded a limit). */
    public static final String EMBEDDED_FILE_SKIPPED = "X-RW:embedded-file-skipped";

    /** The prefix of every key above. */
    public static final String PREFIX = "X-RW:";

    private ForkMetadata() {
    }
}
