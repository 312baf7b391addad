package org.recordswatch.document.api;

import java.time.Instant;
import org.recordswatch.document.Document;

/** A document as the API shows it. */
public record DocumentView(long id, long requestId, String name, String path, String sha256, Long size,
        String mediaType, int depth, Long parentId, Instant receivedAt, String downloadUrl) {

    static DocumentView of(Document d) {
        return new DocumentView(d.getId(), d.getRequest().getId(), d.getOriginalName(), d.getPath(), d.getSha256(),
                d.getSize(), d.getMediaType(), d.getDepth(), d.getParent() == null ? null : d.getParent().getId(),
                d.getCreatedAt(), "/documents/file/" + d.getId());
    }
}
