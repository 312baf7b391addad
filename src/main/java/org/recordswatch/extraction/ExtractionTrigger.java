package org.recordswatch.extraction;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.document.DocumentStored;
import org.recordswatch.platform.job.TransientFailures;

/**
 * Queues the extraction of every new original once its row is committed, retrying deadlocks. (An original whose
 * queueing was lost anyway is found by {@link ExtractionJobHandler#repair} within minutes, or by
 * {@link ExtractionRecovery} at the next start.)
 */
@Stateless
public class ExtractionTrigger {

    private static final Logger LOG = Logger.getLogger(ExtractionTrigger.class.getName());

    @Inject
    ExtractionRecorder recorder;

    /** Asynchronous: an observer after commit cannot open a transaction on the committing thread in Payara. */
    @Asynchronous
    public void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentStored event) {
        try {
            TransientFailures.retry(() -> recorder.queueNew(event.documentId(), event.requestId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot queue the extraction of document " + event.documentId()
                    + " now; the job repair queues it within a few minutes", e);
        }
    }
}
