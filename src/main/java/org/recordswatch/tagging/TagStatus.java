package org.recordswatch.tagging;

/**
 * Where a tag stands: proposed by a detector, or decided by an analyst. Decided tags (and every analyst tag) survive
 * a re-analysis; proposed detector tags are replaced by it.
 */
public enum TagStatus {
    PROPOSED,
    CONFIRMED,
    REJECTED
}
