package org.recordswatch.document.api;

import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Optional;
import org.recordswatch.document.Document;
import org.recordswatch.document.ExtractionStatusLookup;

/**
 * A document as the API shows it, with its extraction state ({@code QUEUED}, {@code PARSING}, {@code DONE},
 * {@code FAILED_*}; {@code QUEUED} until extraction recorded one) and the reason of a failure.
 */
public record DocumentView(long id, long requestId, String name, String path, String sha256, Long size,
        String mediaType, int depth, Long parentId, Instant receivedAt, String downloadUrl, String extractionStatus,
        String extractionReason) {

    static DocumentView of(Document d, Instance<ExtractionStatusLookup> lookup) {
        Optional<ExtractionStatusLookup.ExtractionSummary> x = lookup.isResolvable()
                ? lookup.get().summary(d.getId()) : Optional.empty();
        return new DocumentView(d.getId(), d.getRequestId(), d.getOriginalName(), d.getPath(), d.getSha256(),
                d.getSize(), d.getMediaType(), d.getDepth(), d.getParent() == null ? null : d.getParent().getId(),
                d.getCreatedAt(), "/documents/file/" + d.getId(),
                x.map(ExtractionStatusLookup.ExtractionSummary::status).orElse("QUEUED"),
                x.map(ExtractionStatusLookup.ExtractionSummary::reason).orElse(null));
    }
}
