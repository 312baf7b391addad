package org.recordswatch.communication;

import java.io.Serializable;
import java.time.LocalDate;
import org.recordswatch.communication.parse.Channel;

/**
 * The explorer's filters; any may be null.
 *
 * @param agency the producing agency's code
 * @param sender part of the sender's name or address
 * @param from first day (UTC) of the sent date
 * @param to last day (UTC) of the sent date
 * @param threadId a thread
 * @param channel e-mail, text message or letter
 * @param text part of the subject
 */
public record CommunicationFilter(String agency, String sender, LocalDate from, LocalDate to, Long threadId,
        Channel channel, String text) implements Serializable {

    public static CommunicationFilter none() {
        return new CommunicationFilter(null, null, null, null, null, null, null);
    }

    public static CommunicationFilter ofThread(long threadId) {
        return new CommunicationFilter(null, null, null, null, threadId, null, null);
    }
}
