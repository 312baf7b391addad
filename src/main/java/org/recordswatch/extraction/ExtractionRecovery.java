package org.recordswatch.extraction;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup, after the job dispatcher requeued interrupted jobs: originals left PARSING go back to QUEUED (their
 * results were never committed), and originals stored just before a crash, whose extraction was never queued, are
 * queued now. Nothing is queued twice: a job per document is unique while unfinished.
 */
@Singleton
@Startup
@DependsOn("JobDispatcher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionRecovery {

    private static final Logger LOG = Logger.getLogger(ExtractionRecovery.class.getName());

    @Inject
    ExtractionRecorder recorder;

    @PostConstruct
    void recover() {
        try {
            int reset = recorder.resetInterrupted();
            int queued = 0;
            for (List<long[]> batch = recorder.unqueuedOriginals(500); !batch.isEmpty();
                    batch = recorder.unqueuedOriginals(500)) {
                for (long[] d : batch) {
                    recorder.queueNew(d[0], d[1]);
                    queued++;
                }
            }
            int q = queued;
            if (reset > 0 || q > 0) {
                LOG.info(() -> "Extraction recovery: " + reset + " interrupted document(s) queued again, " + q
                        + " never queued document(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Extraction recovery failed; interrupted documents run at the next start", e);
        }
    }
}
