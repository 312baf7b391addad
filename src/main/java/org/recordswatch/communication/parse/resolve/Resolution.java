package org.recordswatch.communication.parse.resolve;

import java.util.List;

/** The communications and threads of a corpus, communications in order of their first appearance. */
public record Resolution(List<Communication> communications, List<ConversationThread> threads) {

    public Resolution {
        communications = List.copyOf(communications);
        threads = List.copyOf(threads);
    }
}
