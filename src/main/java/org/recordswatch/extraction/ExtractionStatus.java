package org.recordswatch.extraction;

/**
 * The verdict on one file, named after the extraction job states it maps onto one to one. Every value but
 * {@link #DONE} comes with a reason; the parts extracted before the failure are kept in the result, for review.
 */
public enum ExtractionStatus {
    /** Everything was extracted (single embedded documents may still carry their own error). */
    DONE,
    /** A limit stopped the extraction (output size, embedded count, depth, unpacked bytes, ratio, memory). */
    FAILED_LIMIT,
    /** The file took longer than its time limit; the extraction process was stopped. */
    FAILED_TIMEOUT,
    /** The file could not be read (corrupt, unsupported, or it made the extraction process crash). */
    FAILED_PARSE,
    /** The file is encrypted or password protected. */
    FAILED_ENCRYPTED
}
