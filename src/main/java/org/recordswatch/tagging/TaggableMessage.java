package org.recordswatch.tagging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the tagging engine reads of one communication. The splitter has already separated the message's own text
 * from its quoted history; categories come only from {@link #body()} and {@link #attachments()}, never from
 * {@link #quotedHistory()} (which may still tell who wrote to whom earlier in the thread).
 *
 * @param id the communication's stable id
 * @param from the sender
 * @param to the To recipients (for a text message, the other participants)
 * @param cc the Cc recipients
 * @param subject the subject line (empty for text messages)
 * @param body the message's own text, signature included, quoted history excluded
 * @param signature the signature block as the splitter recognised it, a suffix of the body (empty when unknown)
 * @param quotedHistory earlier messages quoted or forwarded inline (never counted for categories)
 * @param attachments attachments the message carried
 * @param sentAt when it was sent (null when unknown)
 * @param medium how it travelled
 * @param producingAgency the agency code of the agency whose production holds the message (null when unknown)
 * @param mailboxOwner the mailbox banner printed above the message in a print-out, if any
 */
public record TaggableMessage(String id, Correspondent from, List<Correspondent> to, List<Correspondent> cc,
        String subject, String body, String signature, String quotedHistory, List<AttachmentText> attachments,
        Instant sentAt, Medium medium, String producingAgency, String mailboxOwner) {

    public TaggableMessage {
        Objects.requireNonNull(id, "id");
        from = from == null ? new Correspondent(null, null, null) : from;
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        signature = signature == null ? "" : signature;
        quotedHistory = quotedHistory == null ? "" : quotedHistory;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        medium = medium == null ? Medium.EMAIL : medium;
    }

    /** All recipients, To then Cc. */
    public List<Correspondent> recipients() {
        List<Correspondent> all = new ArrayList<>(to);
        all.addAll(cc);
        return all;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Assembles a message step by step (tests and the pipeline's adapter). */
    public static final class Builder {
        private final String id;
        private Correspondent from;
        private final List<Correspondent> to = new ArrayList<>();
        private final List<Correspondent> cc = new ArrayList<>();
        private String subject;
        private String body;
        private String signature;
        private String quotedHistory;
        private final List<AttachmentText> attachments = new ArrayList<>();
        private Instant sentAt;
        private Medium medium = Medium.EMAIL;
        private String producingAgency;
        private String mailboxOwner;

        private Builder(String id) {
            this.id = id;
        }

        public Builder from(Correspondent value) {
            from = value;
            return this;
        }

        public Builder from(String name, String email) {
            return from(Correspondent.of(name, email));
        }

        public Builder to(Correspondent value) {
            to.add(value);
            return this;
        }

        public Builder to(String name, String email) {
            return to(Correspondent.of(name, email));
        }

        public Builder cc(Correspondent value) {
            cc.add(value);
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder signature(String value) {
            signature = value;
            return this;
        }

        public Builder quotedHistory(String value) {
            quotedHistory = value;
            return this;
        }

        public Builder attachment(AttachmentText value) {
            attachments.add(value);
            return this;
        }

        public Builder sentAt(Instant value) {
            sentAt = value;
            return this;
        }

        public Builder medium(Medium value) {
            medium = value;
            return this;
        }

        public Builder producingAgency(String value) {
            producingAgency = value;
            return this;
        }

        public Builder mailboxOwner(String value) {
            mailboxOwner = value;
            return this;
        }

        public TaggableMessage build() {
            return new TaggableMessage(id, from, to, cc, subject, body, signature, quotedHistory, attachments, sentAt,
                    medium, producingAgency, mailboxOwner);
        }
    }
}
