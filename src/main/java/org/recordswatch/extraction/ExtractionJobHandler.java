package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.document.DocumentStore;
import org.recordswatch.platform.job.JobContext;
import org.recordswatch.platform.job.JobHandler;
import org.recordswatch.platform.job.JobPostponed;
import org.recordswatch.platform.job.TransientFailures;

/**
 * The {@code "extract"} job: extracts one original with the engine (in a forked process, with its upload batch's
 * OCR choices), stores the bytes of the embedded documents, then records the verdict, the children and all texts in
 * one transaction with the job's end, and announces {@link DocumentExtracted} after commit.
 * <p>
 * Retry policy ({@link #decide}): an engine that cannot give a verdict now postpones the job without counting an
 * attempt; a killed, timed-out or out-of-memory process gets one more attempt; any other verdict is final (the same
 * file with the same options gives the same answer).
 */
@ApplicationScoped
public class ExtractionJobHandler implements JobHandler {

    private static final Logger LOG = Logger.getLogger(ExtractionJobHandler.class.getName());

    /** How long a job waits when the engine is busy or starting. */
    static final Duration UNAVAILABLE_DELAY = Duration.ofSeconds(10);

    @Inject
    TextExtractor extractor;

    @Inject
    ExtractionEngine engine;

    @Inject
    DocumentStore store;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    Event<DocumentExtracted> extracted;

    /** What to do with an engine's verdict. */
    enum Decision {
        /** Store it as final. */
        STORE,
        /** Try once more (the attempt fails; the job system retries after back-off). */
        RETRY,
        /** Do not record it: the application is stopping; the job runs again after the restart. */
        POSTPONE
    }

    /** Thrown to have the job system retry the file once more. */
    static final class RetryExtraction extends Exception {
        private static final long serialVersionUID = 1L;

        RetryExtraction(String message) {
            super(message);
        }
    }

    @Override
    public String kind() {
        return ExtractionRecorder.JOB_KIND;
    }

    @Override
    public void run(JobContext context) throws Exception {
        long documentId = context.subjectId();
        Optional<ExtractionRecorder.Subject> found = recorder.start(documentId);
        if (found.isEmpty()) {
            context.finish("FAILED_PARSE", "The document no longer exists");
            return;
        }
        ExtractionRecorder.Subject subject = found.get();
        ExtractionOptions options = options(subject);
        ExtractionResult result;
        try {
            result = extractor.extract(store.pathOf(subject.digest()), subject.name(), options);
        } catch (ExtractionUnavailableException e) {
            recorder.backToQueue(documentId);
            throw new JobPostponed("The extraction engine is unavailable: " + e.getMessage(), UNAVAILABLE_DELAY);
        }
        try (result) {
            switch (decide(result.processOutcome(), context.attempt(), context.cancelled())) {
                case POSTPONE -> {
                    recorder.backToQueue(documentId);
                    throw new JobPostponed("Stopping", Duration.ZERO);
                }
                case RETRY -> {
                    recorder.backToQueue(documentId);
                    throw new RetryExtraction("The parsing process " + result.processOutcome()
                            + "; one more attempt");
                }
                default -> {
                    // store
                }
            }
            Map<String, ExtractionRecorder.StoredBytes> bytes = storeEmbeddedBytes(result);
            TransientFailures.retry(() -> recorder.store(context, documentId, result, describe(options), bytes));
        }
        LOG.fine(() -> "Extracted document " + documentId + ": " + result);
        try {
            extracted.fire(new DocumentExtracted(documentId, subject.requestId(), result.status().name()));
        } catch (RuntimeException e) {
            // The extraction is committed; a failing observer is its own feature's problem, not a failed attempt.
            LOG.log(Level.WARNING, "An observer of DocumentExtracted failed for document " + documentId, e);
        }
    }

    /** The retry policy: what to do with a verdict given the process outcome and the attempt number. */
    static Decision decide(ProcessOutcome outcome, int attempt, boolean stopping) {
        if (outcome == ProcessOutcome.COMPLETED) {
            return Decision.STORE;
        }
        if (stopping) {
            return Decision.POSTPONE;
        }
        return attempt < 2 ? Decision.RETRY : Decision.STORE;
    }

    /** Queues originals whose extraction is stranded (see {@link ExtractionRecorder#strandedOriginals}). */
    @Override
    public void repair() {
        int queued = 0;
        for (long[] d : recorder.strandedOriginals(Duration.ofSeconds(60), 1000)) {
            TransientFailures.retry(() -> recorder.queueNew(d[0], d[1]));
            queued++;
        }
        if (queued > 0) {
            int n = queued;
            LOG.warning(() -> n + " stranded original(s) queued for extraction again");
        }
    }

    @Override
    public void abandoned(JobContext context, String reason) {
        recorder.abandoned(context.subjectId(), reason);
    }

    ExtractionOptions options(ExtractionRecorder.Subject subject) {
        return engine.defaultOptions().toBuilder().ocr(subject.ocr())
                .ocrLanguages(ExtractionOptions.parseLanguages(subject.ocrLanguages())).build();
    }

    /** The options in one line, for provenance. */
    static String describe(ExtractionOptions o) {
        return "ocr=" + (o.ocr() ? o.tesseractLanguages() : "off") + " timeout=" + o.timeout().toSeconds() + "s"
                + " writeLimit=" + o.writeLimit() + " maxEmbedded=" + o.maxEmbedded() + " maxDepth=" + o.maxDepth()
                + " maxUnpackedBytes=" + o.maxUnpackedBytes() + " maxCompressionRatio=" + o.maxCompressionRatio();
    }

    /** Moves the embedded documents' bytes into the document store (durable before their rows are written). */
    private Map<String, ExtractionRecorder.StoredBytes> storeEmbeddedBytes(ExtractionResult result)
            throws IOException {
        Map<String, ExtractionRecorder.StoredBytes> stored = new HashMap<>();
        for (ExtractedPart part : result.parts()) {
            Optional<ExtractedPart.EmbeddedFile> file = part.embeddedFile();
            if (part.isRoot() || file.isEmpty() || !Files.isRegularFile(file.get().file())) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file.get().file())) {
                DocumentStore.Stored blob = store.store(in, Long.MAX_VALUE);
                stored.put(part.id(), new ExtractionRecorder.StoredBytes(blob.digest(), blob.size()));
            }
        }
        return stored;
    }
}
