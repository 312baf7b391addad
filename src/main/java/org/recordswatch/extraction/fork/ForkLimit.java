package org.recordswatch.extraction.fork;

/** The limits that the forked process enforces itself, as written into {@link ForkMetadata#LIMIT}. */
public enum ForkLimit {
    /** A document nested deeper than the maximum depth; it and its subtree were not parsed. */
    DEPTH,
    /** More embedded documents than allowed; the rest were not parsed. */
    EMBEDDED_COUNT,
    /** More bytes unpacked from embedded documents than allowed; the parse was stopped. */
    UNPACKED_BYTES,
    /** The bytes unpacked from embedded documents exceed the file's size times the maximum ratio; stopped. */
    COMPRESSION_RATIO
}
