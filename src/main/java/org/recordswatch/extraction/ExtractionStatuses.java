package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.recordswatch.document.ExtractionStatusLookup;

/** Answers the document feature's {@link ExtractionStatusLookup} (its callers have checked access). */
@ApplicationScoped
public class ExtractionStatuses implements ExtractionStatusLookup {

    @Inject
    ExtractionRepository repository;

    @Override
    public Optional<ExtractionSummary> summary(long documentId) {
        return repository.status(documentId).map(t -> new ExtractionSummary(t.status().name(), t.reason()));
    }
}
