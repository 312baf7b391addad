package org.recordswatch.extraction;

/**
 * The extraction status of a stored document: {@code QUEUED → PARSING → DONE | FAILED_*}. The final states are one to
 * one with {@link ExtractionStatus}.
 */
public enum ExtractionState {
    QUEUED,
    PARSING,
    DONE,
    FAILED_LIMIT,
    FAILED_TIMEOUT,
    FAILED_PARSE,
    FAILED_ENCRYPTED;

    public static ExtractionState of(ExtractionStatus status) {
        return valueOf(status.name());
    }

    public boolean isFinal() {
        return this != QUEUED && this != PARSING;
    }

    public boolean isFailed() {
        return isFinal() && this != DONE;
    }

    /** The message-bundle key of the state's label. */
    public String labelKey() {
        return "extraction.state." + name();
    }
}
