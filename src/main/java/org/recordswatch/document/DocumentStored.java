package org.recordswatch.document;

/**
 * A new original was stored and its row written. Fired inside the transaction that records it: observers join it (the
 * extraction queues the original's job, which commits with the row or not at all).
 */
public record DocumentStored(long documentId, long requestId, Long batchId) {
}
