package org.recordswatch.communication;

import java.util.Map;

/**
 * The text of the place a communication was read from: its pages (for paged documents, within the locator's range)
 * or the document's own text.
 *
 * @param documentId the stored document
 * @param documentName its name as uploaded
 * @param locator where in it
 * @param pages page number to text (empty for documents without pages)
 * @param text the document's own text when it has no pages
 */
public record SourceView(long documentId, String documentName, String locator, Map<Integer, String> pages,
        String text) {
}
