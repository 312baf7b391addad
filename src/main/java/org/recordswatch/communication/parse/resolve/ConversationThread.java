package org.recordswatch.communication.parse.resolve;

import java.util.List;

/**
 * Communications that belong to one exchange.
 *
 * @param id a stable id derived from the thread's earliest communication
 * @param communicationIds its communications, oldest first
 * @param subject the normalised subject of its earliest communication (empty for text conversations)
 */
public record ConversationThread(String id, List<String> communicationIds, String subject) {

    public ConversationThread {
        communicationIds = List.copyOf(communicationIds);
    }
}
