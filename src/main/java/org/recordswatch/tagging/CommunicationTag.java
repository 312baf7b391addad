package org.recordswatch.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import org.recordswatch.communication.Communication;

/**
 * One tag of a communication with its provenance: a category (and whether it was disclosed), the legal basis, the
 * direction, the sender's or a recipient's agency; the excerpt, where it was read (own text, subject or an attachment,
 * offsets, page), the detector and its confidence; and the analyst's decision when there is one.
 */
@Entity
@Table(name = "communication_tag")
@NamedQuery(name = "CommunicationTag.ofCampaign",
        query = "SELECT t FROM CommunicationTag t WHERE t.communication.campaignId = :campaign")
public class CommunicationTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "communication_id")
    private Communication communication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TagKind kind;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private boolean disclosed;

    @Column(length = 1000)
    private String excerpt;

    @Column(name = "text_source", length = 16)
    private String textSource;

    @Column(name = "text_name", length = 1000)
    private String textName;

    @Column(name = "start_offset")
    private Integer startOffset;

    @Column(name = "end_offset")
    private Integer endOffset;

    @Column
    private Integer page;

    @Column(length = 128)
    private String detector;

    @Column(precision = 4, scale = 3)
    private BigDecimal confidence;

    @Embedded
    private TagDecision decision = TagDecision.proposed();

    protected CommunicationTag() {
        // for JPA
    }

    private CommunicationTag(Communication communication, TagKind kind, String code) {
        this.communication = Objects.requireNonNull(communication, "communication");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A tag proposed by a detector. */
    public static CommunicationTag detected(Communication communication, TagKind kind, String code,
            String detector, Double confidence) {
        CommunicationTag t = new CommunicationTag(communication, kind, code);
        t.detector = cut(detector, 128);
        t.confidence = confidence == null ? null
                : BigDecimal.valueOf(Math.max(0, Math.min(1, confidence))).setScale(3, RoundingMode.HALF_UP);
        return t;
    }

    /** A tag an analyst added: confirmed by them. */
    public static CommunicationTag byAnalyst(Communication communication, TagKind kind, String code, String analyst,
            Instant at, String note) {
        CommunicationTag t = new CommunicationTag(communication, kind, code);
        t.decision = TagDecision.byAnalyst(analyst, at, note);
        return t;
    }

    /** Where the detector read it. */
    public CommunicationTag foundIn(String sourceKind, String sourceName, Integer start, Integer end, Integer onPage,
            String text) {
        this.textSource = cut(sourceKind, 16);
        this.textName = cut(sourceName, 1000);
        this.startOffset = start;
        this.endOffset = end;
        this.page = onPage;
        this.excerpt = cut(text, 1000);
        return this;
    }

    public CommunicationTag disclosed(boolean value) {
        this.disclosed = value;
        return this;
    }

    public void confirm(String analyst, Instant at, String why) {
        decision.decide(TagStatus.CONFIRMED, analyst, at, why);
    }

    public void reject(String analyst, Instant at, String why) {
        decision.decide(TagStatus.REJECTED, analyst, at, why);
    }

    /** Whether the next analysis must keep it: an analyst made or decided it. */
    public boolean isDecision() {
        return decision.isDecision();
    }

    /** Whether it counts in exports and tables: not rejected. */
    public boolean counts() {
        return decision.counts();
    }

    public boolean sameClaim(TagKind otherKind, String otherCode) {
        return kind == otherKind && code.equals(otherCode);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Communication getCommunication() {
        return communication;
    }

    public TagKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public boolean isDisclosed() {
        return disclosed;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getTextSource() {
        return textSource;
    }

    public String getTextName() {
        return textName;
    }

    public Integer getStartOffset() {
        return startOffset;
    }

    public Integer getEndOffset() {
        return endOffset;
    }

    public Integer getPage() {
        return page;
    }

    public String getDetector() {
        return detector;
    }

    public BigDecimal getConfidence() {
        return confidence;
    }

    public TagSource getSource() {
        return decision.source();
    }

    public TagStatus getStatus() {
        return decision.status();
    }

    public String getDecidedBy() {
        return decision.decidedBy();
    }

    public Instant getDecidedAt() {
        return decision.decidedAt();
    }

    public String getNote() {
        return decision.note();
    }
}
