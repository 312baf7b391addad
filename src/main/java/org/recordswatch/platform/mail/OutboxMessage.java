package org.recordswatch.platform.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One outgoing e-mail as the application keeps it: whatever happens to it (sent, failed, waiting for SMTP to be
 * configured, delivered by hand), it stays here with its status, so that no message is ever silently dropped.
 * {@code organizationId} and {@code userId} say whose it is, for the outbox page's scope.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMessage.pending",
        query = "SELECT m.id FROM OutboxMessage m"
                + " WHERE m.status = org.recordswatch.platform.mail.OutboxMessage.Status.QUEUED ORDER BY m.id")
public class OutboxMessage {

    /** Where a message stands. */
    public enum Status {
        /** Waiting to be sent through SMTP. */
        QUEUED,
        /** Handed to the SMTP server. */
        SENT,
        /** The SMTP server refused it or could not be reached {@value #MAX_ATTEMPTS} times; see the error. */
        FAILED,
        /** Kept because SMTP is not configured or the recipient has no address: to be delivered by hand. */
        HELD,
        /** Someone delivered it by hand (post, portal, their own mail) and said so. */
        DELIVERED_BY_HAND;

        public String labelKey() {
            return "outbox.status." + name();
        }
    }

    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(name = "reply_to")
    private String replyTo;

    @Column(nullable = false, length = 998)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type", length = 128)
    private String attachmentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment", columnDefinition = "LONGBLOB")
    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Status status;

    @Column(name = "held_reason", length = 64)
    private String heldReason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reference_type", length = 64)
    private String referenceType;

    @Column(name = "reference_id", length = 64)
    private String referenceId;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(OutgoingMail mail, MailOwner owner, Instant now) {
        this.createdAt = now;
        this.organizationId = owner.organizationId();
        this.userId = owner.userId();
        this.createdBy = owner.createdBy();
        this.recipients = String.join(", ", mail.to());
        this.replyTo = mail.replyTo();
        this.subject = mail.subject().length() > 998 ? mail.subject().substring(0, 998) : mail.subject();
        this.body = mail.body();
        if (!mail.attachments().isEmpty()) {
            OutgoingMail.Attachment a = mail.attachments().get(0);
            this.attachmentName = a.fileName();
            this.attachmentType = a.mediaType();
            this.attachment = a.content();
        }
        this.referenceType = owner.referenceType();
        this.referenceId = owner.referenceId();
        this.status = Status.QUEUED;
    }

    /** Kept for delivery by hand: {@code reasonKey} says why (no SMTP, no address). */
    void hold(String reasonKey) {
        this.status = Status.HELD;
        this.heldReason = reasonKey;
    }

    void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
        this.lastError = null;
        this.attempts++;
    }

    void failedAttempt(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = Status.FAILED;
        }
    }

    /** Back in the queue (after SMTP was configured, or after a failure was fixed). */
    public void requeue() {
        if (status == Status.SENT || status == Status.DELIVERED_BY_HAND) {
            throw new IllegalStateException("already delivered");
        }
        this.status = Status.QUEUED;
        this.heldReason = null;
        this.attempts = 0;
    }

    public void deliveredByHand(Instant now) {
        if (status == Status.SENT) {
            throw new IllegalStateException("already sent");
        }
        this.status = Status.DELIVERED_BY_HAND;
        this.sentAt = now;
    }

    /** The mail as it is to be sent again. */
    public OutgoingMail toMail() {
        List<String> to = recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(",\\s*"));
        List<OutgoingMail.Attachment> files = attachment == null ? List.of()
                : List.of(new OutgoingMail.Attachment(attachmentName, attachmentType, attachment));
        return new OutgoingMail(to, replyTo, subject, body, files);
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public byte[] attachmentContent() {
        return attachment == null ? new byte[0] : attachment.clone();
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public Status getStatus() {
        return status;
    }

    public String getHeldReason() {
        return heldReason;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getReferenceType() {
        return referenceType;
    }

    public String getReferenceId() {
        return referenceId;
    }
}
