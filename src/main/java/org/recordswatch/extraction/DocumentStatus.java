package org.recordswatch.extraction;

/** The extraction state of one document without its text, for lists. */
public record DocumentStatus(long documentId, ExtractionState status, String reason, boolean partial, boolean ocr,
        int pageCount) {

    public boolean isFailed() {
        return status.isFailed();
    }

    public boolean isFinal() {
        return status.isFinal();
    }
}
