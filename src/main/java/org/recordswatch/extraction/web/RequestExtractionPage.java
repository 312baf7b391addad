package org.recordswatch.extraction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.extraction.BatchProgress;
import org.recordswatch.extraction.DocumentStatus;
import org.recordswatch.extraction.ExtractionCounts;
import org.recordswatch.extraction.ExtractionService;
import org.recordswatch.extraction.FailedFile;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;

/**
 * The extraction part of a request's "records received" page: live progress per upload batch (polled while files
 * are pending), the state of each original in the list, and the ingestion report of failed files with re-run.
 */
@Named
@ViewScoped
public class RequestExtractionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExtractionService extraction;

    private Long requestId;
    private ExtractionCounts counts;
    private List<BatchProgress> batches = List.of();
    private List<FailedFile> failures = List.of();
    private boolean mayRerun;
    private final Map<Long, DocumentStatus> statuses = new HashMap<>();

    /** Called from f:viewAction and by the poll. */
    public void refresh() {
        if (requestId == null) {
            return;
        }
        counts = extraction.countsOfRequest(requestId);
        batches = extraction.batches(requestId);
        failures = extraction.failures(requestId, null);
        mayRerun = extraction.mayRerun(requestId);
        statuses.clear();
    }

    /** The state of one original of the list (fetched per row, cached until the next refresh). */
    public DocumentStatus status(long documentId) {
        return statuses.computeIfAbsent(documentId,
                id -> extraction.statuses(requestId, List.of(id)).get(id));
    }

    public String state(long documentId) {
        DocumentStatus s = status(documentId);
        return s == null ? "QUEUED" : s.status().name();
    }

    public void rerun(long documentId) {
        try {
            extraction.rerun(documentId);
            Messages.info("extraction.rerunQueued");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
        refresh();
    }

    public boolean isSettled() {
        return counts == null || counts.isSettled();
    }

    public ExtractionCounts getCounts() {
        return counts;
    }

    public List<BatchProgress> getBatches() {
        return batches;
    }

    public List<FailedFile> getFailures() {
        return failures;
    }

    public boolean isMayRerun() {
        return mayRerun;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
