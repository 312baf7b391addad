package org.recordswatch.communication;

/**
 * Where a message appears: the stored document, its request, its name as uploaded, the locator inside it and the
 * page range for paged documents.
 */
public record SourcePlace(long requestId, long documentId, String documentName, String locator, Integer pageFrom,
        Integer pageTo, String producingAgency) {

    public SourcePlace {
        locator = locator == null ? "" : locator;
        documentName = documentName == null ? "" : documentName;
    }
}
