package org.recordswatch.document;

import java.util.Optional;

/**
 * The extraction state of a document, as the extraction feature (downstream of this one) records it; the document
 * API and pages show it without depending on that feature. Callers have checked access to the document.
 */
public interface ExtractionStatusLookup {

    /** A document's extraction state ({@code QUEUED}, {@code PARSING}, {@code DONE}, {@code FAILED_*}) and reason. */
    record ExtractionSummary(String status, String reason) {
    }

    /** Empty when the document has no extraction state (not queued yet). */
    Optional<ExtractionSummary> summary(long documentId);
}
