package org.recordswatch.request;

import java.util.List;
import java.util.Objects;

/**
 * A request letter as it is printed: the sender's and the recipient's address blocks, the date line, the subject
 * and the body (plain text, paragraphs separated by blank lines), and the page footer.
 */
public record Letter(List<String> sender, List<String> recipient, String dateLine, String subject, String body,
        String footer) {

    public Letter {
        sender = List.copyOf(sender);
        recipient = List.copyOf(recipient);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
