package org.recordswatch.tagging.flow;

import java.time.Instant;
import java.util.Set;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Direction;
import org.recordswatch.tagging.LegalBasis;

/**
 * What the thread analysis needs to know of one tagged message.
 *
 * @param messageId the message
 * @param sentAt when it was sent (null when unknown)
 * @param senderSide the sender's side
 * @param direction its direction
 * @param categories the categories it reveals
 * @param legalBasis the basis of its request for data, null when it asks for nothing
 * @param ownText its own text without the signature (for refusal and redirection cues)
 * @param counterpart the code of the agency on the other side of the state agency (may be null)
 */
public record ThreadFacts(String messageId, Instant sentAt, Side senderSide, Direction direction,
        Set<String> categories, LegalBasis legalBasis, String ownText, String counterpart) {
}
