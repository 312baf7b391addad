package org.recordswatch.platform.mail;

import java.util.List;
import java.util.Objects;

/** An e-mail to send: recipients, an optional reply-to address, a plain-text body and attachments. */
public record OutgoingMail(List<String> to, String replyTo, String subject, String body, List<Attachment> attachments) {

    /** A file attached to a mail. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public OutgoingMail {
        to = to == null ? List.of() : to.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
