package org.recordswatch.extraction;

/**
 * The engine could not give a verdict on the file: no extraction process was free in time, a process would not
 * start, or OCR was asked for in a language that is not installed. Says nothing about the file; the job system keeps
 * it queued and tries again later, without counting an attempt.
 */
public class ExtractionUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionUnavailableException(String message) {
        super(message);
    }

    public ExtractionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
