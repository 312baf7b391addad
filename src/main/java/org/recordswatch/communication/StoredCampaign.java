package org.recordswatch.communication;

import java.util.Map;

/**
 * A campaign's communications and threads as stored by the latest analysis, by stable key.
 *
 * @param communications by the resolver's communication id (the stable key)
 * @param threads by the resolver's thread id (the stable key)
 * @param threadOfCommunication the thread key of each communication key
 */
public record StoredCampaign(Map<String, Communication> communications, Map<String, ConversationThread> threads,
        Map<String, String> threadOfCommunication) {
}
