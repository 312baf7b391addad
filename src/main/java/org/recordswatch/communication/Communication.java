package org.recordswatch.communication;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.TimeBasis;

/**
 * One distinct message of a campaign's records, however many files (or agencies) hold it: sender, recipients, sent
 * time with its offset, subject, its own text (quoted history kept apart, never counted as its own), where it first
 * appears and every other appearance, its attachments and its thread. Derived by the analysis and replaced by the next
 * one; its id stays stable through {@link #getStableKey()} (the splitter's identity of the message), so decisions
 * stored against it survive.
 */
@Entity
@Table(name = "communication")
@NamedQuery(name = "Communication.ofCampaign", query = "SELECT c FROM Communication c WHERE c.campaignId = :campaign")
public class Communication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "stable_key", nullable = false, length = 64)
    private String stableKey;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "document_name", nullable = false, length = 2000)
    private String documentName;

    @Column(nullable = false, length = 255)
    private String locator = "";

    @Column(name = "page_from")
    private Integer pageFrom;

    @Column(name = "page_to")
    private Integer pageTo;

    @Column(name = "producing_agency", length = 64)
    private String producingAgency;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The offset of the sent time in minutes; null when no time is known. */
    @Column(name = "sent_offset_minutes")
    private Integer sentOffsetMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_basis", nullable = false, length = 16)
    private TimeBasis timeBasis = TimeBasis.NONE;

    @Column(name = "from_name", length = 512)
    private String fromName;

    @Column(name = "from_email", length = 320)
    private String fromEmail;

    @Column(name = "from_phone", length = 64)
    private String fromPhone;

    @Column(nullable = false, length = 998)
    private String subject = "";

    @Column(name = "own_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String ownText = "";

    @Column(columnDefinition = "TEXT")
    private String signature;

    @Column(name = "quoted_text", columnDefinition = "MEDIUMTEXT")
    private String quotedText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(name = "in_reply_to", length = 998)
    private String inReplyTo;

    @Column(name = "reference_ids", columnDefinition = "TEXT")
    private String referenceIds;

    @Column(name = "mailbox_owner", length = 512)
    private String mailboxOwner;

    @Column(nullable = false)
    private boolean ocr;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id")
    private ConversationThread thread;

    @Column(name = "analyzed_at", nullable = false)
    private Instant analyzedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "communication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind ASC, position ASC")
    private List<CommunicationParty> recipients = new ArrayList<>();

    @OneToMany(mappedBy = "communication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<CommunicationAppearance> appearances = new ArrayList<>();

    @OneToMany(mappedBy = "communication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<CommunicationAttachment> attachments = new ArrayList<>();

    protected Communication() {
        // for JPA
    }

    public Communication(long campaignId, String stableKey) {
        this.campaignId = campaignId;
        this.stableKey = Objects.requireNonNull(stableKey, "stableKey");
    }

    /** Replaces everything derived with what the latest analysis found (id and stable key stay). */
    public void update(CommunicationContent c, ConversationThread newThread, Instant at) {
        SourcePlace first = c.appearances().get(0);
        requestId = first.requestId();
        documentId = first.documentId();
        documentName = CommunicationText.cut(first.documentName(), 2000);
        locator = CommunicationText.cut(first.locator(), 255);
        pageFrom = first.pageFrom();
        pageTo = first.pageTo();
        producingAgency = first.producingAgency();
        channel = c.channel();
        if (c.sentAt() == null) {
            sentAt = null;
            sentOffsetMinutes = null;
            timeBasis = TimeBasis.NONE;
        } else {
            sentAt = c.sentAt().toInstant();
            sentOffsetMinutes = c.sentAt().getOffset().getTotalSeconds() / 60;
            timeBasis = c.timeBasis();
        }
        fromName = CommunicationText.cut(c.fromName(), 512);
        fromEmail = CommunicationText.cut(c.fromEmail(), 320);
        fromPhone = CommunicationText.cut(c.fromPhone(), 64);
        subject = CommunicationText.cut(c.subject(), 998);
        ownText = c.ownText();
        signature = CommunicationText.blankToNull(c.signature());
        quotedText = CommunicationText.blankToNull(c.quotedText());
        messageId = CommunicationText.cut(c.messageId(), 998);
        inReplyTo = CommunicationText.cut(c.inReplyTo(), 998);
        referenceIds = c.references().isEmpty() ? null : String.join(" ", c.references());
        mailboxOwner = CommunicationText.cut(c.mailboxOwner(), 512);
        ocr = c.ocr();
        notes = c.notes().isEmpty() ? null : String.join("\n", c.notes());
        thread = newThread;
        analyzedAt = at;
        recipients.clear();
        int[] positions = new int[PartyKind.values().length];
        for (CommunicationContent.Recipient r : c.recipients()) {
            recipients.add(new CommunicationParty(this, r.kind(), positions[r.kind().ordinal()]++, r.name(),
                    r.email(), r.phone()));
        }
        appearances.clear();
        for (int i = 0; i < c.appearances().size(); i++) {
            appearances.add(new CommunicationAppearance(this, i, c.appearances().get(i)));
        }
        attachments.clear();
        for (int i = 0; i < c.attachments().size(); i++) {
            CommunicationContent.Attachment a = c.attachments().get(i);
            attachments.add(new CommunicationAttachment(this, i, a.documentId(), a.name(), a.mediaType()));
        }
    }

    /** Detaches the communication from its thread (before the thread is removed). */
    public void leaveThread() {
        thread = null;
    }

    /** The sent time with its offset, or {@code null}. */
    public OffsetDateTime sentAtWithOffset() {
        if (sentAt == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((sentOffsetMinutes == null ? 0 : sentOffsetMinutes) * 60);
        return sentAt.atOffset(offset);
    }

    /** Whether the offset was read from the message itself rather than assumed from the producing agency's zone. */
    public boolean offsetStated() {
        return timeBasis == TimeBasis.HEADER || timeBasis == TimeBasis.STATED_ZONE;
    }

    /** The sender as one line ({@code Jane Roe <jane@example.org>}). */
    public String fromDisplay() {
        StringBuilder sb = new StringBuilder();
        if (fromName != null) {
            sb.append(fromName);
        }
        if (fromEmail != null) {
            sb.append(sb.length() > 0 ? " " : "").append('<').append(fromEmail).append('>');
        }
        if (fromPhone != null) {
            sb.append(sb.length() > 0 ? " " : "").append(fromPhone);
        }
        return sb.toString();
    }

    public List<CommunicationParty> recipients(PartyKind kind) {
        return recipients.stream().filter(p -> p.getKind() == kind).toList();
    }

    /** The names of the documents other than the first one that hold it. */
    public List<String> alsoIn() {
        return appearances.stream().map(CommunicationAppearance::getDocumentName)
                .filter(n -> !n.equals(documentName)).distinct().toList();
    }

    /** The page range of its first appearance ({@code 3-4}, {@code 3}), or empty. */
    public String pages() {
        if (pageFrom == null) {
            return "";
        }
        return pageTo == null || pageTo.equals(pageFrom) ? String.valueOf(pageFrom) : pageFrom + "-" + pageTo;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getStableKey() {
        return stableKey;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getLocator() {
        return locator;
    }

    public Integer getPageFrom() {
        return pageFrom;
    }

    public Integer getPageTo() {
        return pageTo;
    }

    public String getProducingAgency() {
        return producingAgency;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getSentOffsetMinutes() {
        return sentOffsetMinutes;
    }

    public TimeBasis getTimeBasis() {
        return timeBasis;
    }

    public String getFromName() {
        return fromName;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public String getFromPhone() {
        return fromPhone;
    }

    public String getSubject() {
        return subject;
    }

    public String getOwnText() {
        return ownText;
    }

    public String getSignature() {
        return signature;
    }

    public String getQuotedText() {
        return quotedText;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public List<String> getReferences() {
        return referenceIds == null ? List.of() : List.of(referenceIds.split(" "));
    }

    public String getMailboxOwner() {
        return mailboxOwner;
    }

    public boolean isOcr() {
        return ocr;
    }

    public String getNotes() {
        return notes;
    }

    public ConversationThread getThread() {
        return thread;
    }

    public Instant getAnalyzedAt() {
        return analyzedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CommunicationParty> getRecipients() {
        return recipients;
    }

    public List<CommunicationAppearance> getAppearances() {
        return appearances;
    }

    public List<CommunicationAttachment> getAttachments() {
        return attachments;
    }
}
