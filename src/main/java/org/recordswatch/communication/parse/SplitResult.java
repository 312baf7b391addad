package org.recordswatch.communication.parse;

import java.util.List;

/**
 * The messages found in one stored file, plus notes for the ingest report (for example "PDF text has no message
 * header" or "time taken from an OCR'd page").
 */
public record SplitResult(List<ParsedMessage> messages, List<String> notes) {

    public SplitResult {
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
    }
}
