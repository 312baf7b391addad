package org.recordswatch.communication.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message found in one place of one document. The same message found in another file is another
 * {@code ParsedMessage}; {@link org.recordswatch.communication.parse.resolve.CommunicationResolver} merges them.
 *
 * @param channel e-mail, text message or letter
 * @param source where it was found
 * @param from the sender ({@code null} when unknown)
 * @param to the "To" recipients (for a text message: the other participants)
 * @param cc the "Cc" recipients
 * @param bcc the "Bcc" recipients (rarely known)
 * @param sentAt when it was sent, with the offset of {@link #timeBasis()}; {@code null} when unknown
 * @param timeBasis where the offset comes from
 * @param subject the subject line as written ({@code ""} for text messages)
 * @param ownText the message's own text: without quoted history, inline-forwarded messages, page furniture or
 *     printed attachments; includes the signature
 * @param signature the signature block at the end of {@link #ownText()} when recognised (a suffix of it), else empty
 * @param quoted earlier messages quoted or forwarded inline, newest first
 * @param attachments attachments carried by this message
 * @param messageId the Message-ID without angle brackets, when known
 * @param inReplyTo the In-Reply-To message id, when known
 * @param references the References message ids, oldest first
 * @param conversationKey the conversation it belongs to when the source says so (a text-message export; Outlook's
 *     conversation index): same key, same thread
 * @param mailboxOwner for print-outs: the mailbox banner printed above the message, if any
 * @param pageMarks page furniture recognised on the message's pages (not part of any text)
 * @param ocr whether the message was read from OCR'd text
 * @param notes remarks on how it was read (uncertain time, header repaired from OCR noise, ...)
 */
public record ParsedMessage(Channel channel, SourceRef source, Party from, List<Party> to, List<Party> cc,
        List<Party> bcc, OffsetDateTime sentAt, TimeBasis timeBasis, String subject, String ownText, String signature,
        List<QuotedMessage> quoted, List<AttachmentRef> attachments, String messageId, String inReplyTo,
        List<String> references, String conversationKey, String mailboxOwner, List<PageMark> pageMarks, boolean ocr,
        List<String> notes) {

    public ParsedMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
        to = copy(to);
        cc = copy(cc);
        bcc = copy(bcc);
        timeBasis = sentAt == null ? TimeBasis.NONE : Objects.requireNonNull(timeBasis, "timeBasis");
        subject = subject == null ? "" : subject.strip();
        ownText = ownText == null ? "" : ownText;
        signature = signature == null ? "" : signature;
        quoted = copy(quoted);
        attachments = copy(attachments);
        references = copy(references);
        pageMarks = copy(pageMarks);
        notes = copy(notes);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** All recipients: to, cc, bcc. */
    public List<Party> recipients() {
        List<Party> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return all;
    }

    /** Sender and recipients. */
    public List<Party> participants() {
        List<Party> all = new ArrayList<>();
        if (from != null) {
            all.add(from);
        }
        all.addAll(recipients());
        return all;
    }

    /** The quoted history as one text (newest first), empty when nothing is quoted. */
    public String quotedText() {
        StringBuilder sb = new StringBuilder();
        for (QuotedMessage q : quoted) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(q.text());
        }
        return sb.toString();
    }

    public Builder toBuilder() {
        Builder b = new Builder(channel, source);
        b.from = from;
        b.to.addAll(to);
        b.cc.addAll(cc);
        b.bcc.addAll(bcc);
        b.sentAt = sentAt;
        b.timeBasis = timeBasis;
        b.subject = subject;
        b.ownText = ownText;
        b.signature = signature;
        b.quoted.addAll(quoted);
        b.attachments.addAll(attachments);
        b.messageId = messageId;
        b.inReplyTo = inReplyTo;
        b.references.addAll(references);
        b.conversationKey = conversationKey;
        b.mailboxOwner = mailboxOwner;
        b.pageMarks.addAll(pageMarks);
        b.ocr = ocr;
        b.notes.addAll(notes);
        return b;
    }

    public static Builder builder(Channel channel, SourceRef source) {
        return new Builder(channel, source);
    }

    /** Mutable assembly of a message by the readers. */
    public static final class Builder {
        private final Channel channel;
        private SourceRef source;
        private Party from;
        private final List<Party> to = new ArrayList<>();
        private final List<Party> cc = new ArrayList<>();
        private final List<Party> bcc = new ArrayList<>();
        private OffsetDateTime sentAt;
        private TimeBasis timeBasis = TimeBasis.NONE;
        private String subject;
        private String ownText;
        private String signature;
        private final List<QuotedMessage> quoted = new ArrayList<>();
        private final List<AttachmentRef> attachments = new ArrayList<>();
        private String messageId;
        private String inReplyTo;
        private final List<String> references = new ArrayList<>();
        private String conversationKey;
        private String mailboxOwner;
        private final List<PageMark> pageMarks = new ArrayList<>();
        private boolean ocr;
        private final List<String> notes = new ArrayList<>();

        private Builder(Channel channel, SourceRef source) {
            this.channel = channel;
            this.source = source;
        }

        public Builder source(SourceRef value) {
            source = value;
            return this;
        }

        public Builder from(Party value) {
            from = value;
            return this;
        }

        public Builder to(List<Party> values) {
            to.clear();
            to.addAll(values);
            return this;
        }

        public Builder cc(List<Party> values) {
            cc.clear();
            cc.addAll(values);
            return this;
        }

        public Builder bcc(List<Party> values) {
            bcc.clear();
            bcc.addAll(values);
            return this;
        }

        public Builder sentAt(OffsetDateTime value, TimeBasis basis) {
            sentAt = value;
            timeBasis = value == null ? TimeBasis.NONE : basis;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder ownText(String value) {
            ownText = value;
            return this;
        }

        public Builder signature(String value) {
            signature = value;
            return this;
        }

        public Builder quoted(List<QuotedMessage> values) {
            quoted.clear();
            quoted.addAll(values);
            return this;
        }

        public Builder attachment(AttachmentRef value) {
            attachments.add(value);
            return this;
        }

        public Builder attachments(List<AttachmentRef> values) {
            attachments.clear();
            attachments.addAll(values);
            return this;
        }

        public Builder messageId(String value) {
            messageId = value;
            return this;
        }

        public Builder inReplyTo(String value) {
            inReplyTo = value;
            return this;
        }

        public Builder references(List<String> values) {
            references.clear();
            references.addAll(values);
            return this;
        }

        public Builder conversationKey(String value) {
            conversationKey = value;
            return this;
        }

        public Builder mailboxOwner(String value) {
            mailboxOwner = value;
            return this;
        }

        public Builder pageMarks(List<PageMark> values) {
            pageMarks.clear();
            pageMarks.addAll(values);
            return this;
        }

        public Builder ocr(boolean value) {
            ocr = value;
            return this;
        }

        public Builder note(String value) {
            notes.add(value);
            return this;
        }

        public ParsedMessage build() {
            return new ParsedMessage(channel, source, from, to, cc, bcc, sentAt, timeBasis, subject, ownText,
                    signature, quoted, attachments, messageId, inReplyTo, references, conversationKey, mailboxOwner,
                    pageMarks, ocr, notes);
        }
    }
}
