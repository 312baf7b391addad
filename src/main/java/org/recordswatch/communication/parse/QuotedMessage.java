package org.recordswatch.communication.parse;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An earlier message quoted (or forwarded inline) inside a later one. Kept apart from the quoting message's own text;
 * never a message of its own. Its header, when one was printed, helps to thread the quoting message.
 *
 * @param from the quoted sender when a header was recognised
 * @param to the quoted recipients
 * @param sentAt the quoted sent time (in the zone the quoting client printed it, read as agency time when no offset)
 * @param subject the quoted subject
 * @param text the quoted header and body as they appear
 * @param forwarded whether it was forwarded inline rather than quoted in a reply
 */
public record QuotedMessage(Party from, List<Party> to, OffsetDateTime sentAt, String subject, String text,
        boolean forwarded) {

    public QuotedMessage {
        to = to == null ? List.of() : List.copyOf(to);
        text = text == null ? "" : text;
    }
}
