package org.recordswatch.document;

/**
 * A new original was stored and committed. Fired after the transaction that recorded it, so observers (extraction)
 * always find its row.
 */
public record DocumentStored(long documentId, long requestId, Long batchId) {
}
