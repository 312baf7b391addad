package org.recordswatch.extraction;

/**
 * Fired (CDI, after commit) when a stored original document and all its children reached a final state.
 * {@code status} is the original's {@link ExtractionState} name ({@code DONE} or {@code FAILED_*}).
 */
public record DocumentExtracted(long documentId, long requestId, String status) {
}
