package org.recordswatch.communication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.TimeBasis;

/**
 * What the analysis derived for one communication, ready to be stored: the primary appearance's fields, every
 * appearance, recipients and attachments.
 *
 * @param sentAt the sent time with its offset (the header's, the stated zone's, or the producing agency's zone's, as
 *     {@code timeBasis} says); {@code null} when unknown
 * @param appearances every place it appears, the first appearance first
 */
public record CommunicationContent(Channel channel, OffsetDateTime sentAt, TimeBasis timeBasis, String fromName,
        String fromEmail, String fromPhone, String subject, String ownText, String signature, String quotedText,
        String messageId, String inReplyTo, List<String> references, String mailboxOwner, boolean ocr,
        List<String> notes, List<Recipient> recipients, List<Attachment> attachments, List<SourcePlace> appearances) {

    /** A recipient as the header showed it. */
    public record Recipient(PartyKind kind, String name, String email, String phone) {
    }

    /** An attachment: the stored child document when known, its name and type. */
    public record Attachment(Long documentId, String name, String mediaType) {
    }

    public CommunicationContent {
        Objects.requireNonNull(channel, "channel");
        timeBasis = timeBasis == null ? TimeBasis.NONE : timeBasis;
        subject = subject == null ? "" : subject;
        ownText = ownText == null ? "" : ownText;
        references = references == null ? List.of() : List.copyOf(references);
        notes = notes == null ? List.of() : List.copyOf(notes);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        appearances = List.copyOf(appearances);
        if (appearances.isEmpty()) {
            throw new IllegalArgumentException("A communication appears somewhere");
        }
    }
}
