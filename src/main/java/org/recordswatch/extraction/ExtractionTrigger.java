package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.recordswatch.document.DocumentStored;

/**
 * Queues the extraction of every new original in the transaction that records it: the document's row, its
 * extraction row and its job commit together or not at all, so no original is ever left without its job (and the
 * upload pays no second transaction). {@link ExtractionJobHandler#repair} and {@link ExtractionRecovery} remain as
 * a safety net for anything else that strands an original.
 */
@ApplicationScoped
public class ExtractionTrigger {

    @Inject
    ExtractionRecorder recorder;

    /** Synchronous, in the recording transaction ({@link ExtractionRecorder#queue} joins it). */
    public void stored(@Observes DocumentStored event) {
        recorder.queue(event.documentId(), event.requestId(), false);
    }
}
