package org.recordswatch.communication.parse;

import java.util.Objects;

/**
 * One place where a message appears: the document (as the pipeline identified it), where inside it, and which agency
 * produced it.
 *
 * @param documentId {@link SourceDocument#id()} of the document that holds the message (for a mailbox message: the
 *     mailbox; for an archive member: the member)
 * @param documentName its name as uploaded ({@code outer.zip!inner.eml})
 * @param locator where inside that document
 * @param producingAgency code of the producing agency, or {@code null}
 */
public record SourceRef(String documentId, String documentName, Locator locator, String producingAgency) {

    public SourceRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(locator, "locator");
        documentName = Objects.requireNonNullElse(documentName, documentId);
    }
}
