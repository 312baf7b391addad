package org.recordswatch.extraction;

import java.util.List;
import java.util.Map;

/**
 * The stored extraction of one document and, below it, of the documents found inside it (children in
 * {@code child_index} order).
 *
 * @param documentId   the document's id
 * @param name         the document's path, e.g. {@code outer.zip!folder/inner.eml}
 * @param embeddedPath Tika's {@code X-TIKA:embedded_resource_path}; null for the original
 * @param mediaType    the media type extraction detected (else the stored one)
 * @param metadata     Tika's metadata of this document
 * @param text         the document's own text (its children have their own); empty when nothing was extracted
 * @param pages        the text per page (PDF), empty otherwise
 * @param children     the documents found directly inside this one
 * @param status       the extraction state name ({@code DONE}, {@code FAILED_PARSE}, ...)
 */
public record ExtractedNode(long documentId, String name, String embeddedPath, String mediaType,
        Map<String, List<String>> metadata, String text, List<PageTextRow> pages, List<ExtractedNode> children,
        String status) {
}
