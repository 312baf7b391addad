package org.recordswatch.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange of a campaign: the communications that belong together (by Message-ID and References, else by
 * normalised subject, participants and time; text messages by conversation). Derived by the analysis; its id stays
 * the same across analyses through {@link #getStableKey()}.
 */
@Entity
@Table(name = "conversation_thread")
@NamedQuery(name = "ConversationThread.ofCampaign",
        query = "SELECT t FROM ConversationThread t WHERE t.campaignId = :campaign")
public class ConversationThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "stable_key", nullable = false, length = 64)
    private String stableKey;

    @Column(nullable = false, length = 998)
    private String subject = "";

    @Column(name = "first_sent_at")
    private Instant firstSentAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "message_count", nullable = false)
    private int messageCount;

    @Column(name = "analyzed_at", nullable = false)
    private Instant analyzedAt;

    @Version
    private long version;

    protected ConversationThread() {
        // for JPA
    }

    public ConversationThread(long campaignId, String stableKey) {
        this.campaignId = campaignId;
        this.stableKey = Objects.requireNonNull(stableKey, "stableKey");
    }

    /** Records what the latest analysis found. */
    public void describe(String newSubject, Instant first, Instant last, int count, Instant at) {
        this.subject = CommunicationText.cut(newSubject == null ? "" : newSubject, 998);
        this.firstSentAt = first;
        this.lastSentAt = last;
        this.messageCount = count;
        this.analyzedAt = at;
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

    public String getSubject() {
        return subject;
    }

    public Instant getFirstSentAt() {
        return firstSentAt;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public int getMessageCount() {
        return messageCount;
    }

    public Instant getAnalyzedAt() {
        return analyzedAt;
    }

    public long getVersion() {
        return version;
    }
}
