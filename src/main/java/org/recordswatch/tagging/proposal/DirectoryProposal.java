package org.recordswatch.tagging.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Correspondent;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyResolution;

/**
 * Something tagging could not place in the agency directory, waiting for an analyst: an unknown government domain
 * proposed as a new agency, or a party no agency was found for. One row per domain or party; later runs count
 * sightings. One row per campaign, so that analysts see only what the campaigns they may read produced. A dismissed
 * row stays dismissed; an accepted one names the agency created.
 */
@Entity
@Table(name = "directory_proposal")
@NamedQuery(name = "DirectoryProposal.bySubject",
        query = "SELECT p FROM DirectoryProposal p WHERE p.kind = :kind AND p.campaignId = :campaign"
                + " AND p.subjectKey = :key")
@NamedQuery(name = "DirectoryProposal.bySubjectWithoutCampaign",
        query = "SELECT p FROM DirectoryProposal p WHERE p.kind = :kind AND p.campaignId IS NULL"
                + " AND p.subjectKey = :key")
@NamedQuery(name = "DirectoryProposal.openForDomain",
        query = "SELECT p FROM DirectoryProposal p WHERE p.kind = :kind AND p.domain = :domain"
                + " AND p.status = org.recordswatch.tagging.proposal.DirectoryProposal.Status.OPEN")
public class DirectoryProposal {

    public enum Kind {
        /** An unknown government (or similar) e-mail domain: an agency is proposed for the directory. */
        NEW_AGENCY,
        /** A party no agency was found for, or whose shared domain left the agency a guess. */
        UNKNOWN_PARTY
    }

    public enum Status {
        OPEN,
        ACCEPTED,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "subject_key", nullable = false, length = 255, updatable = false)
    private String subjectKey;

    @Column(length = 253)
    private String domain;

    @Column(name = "party_name")
    private String partyName;

    @Column(name = "party_email")
    private String partyEmail;

    @Column(name = "party_phone", length = 64)
    private String partyPhone;

    @Column(name = "suggested_code", length = 64)
    private String suggestedCode;

    @Column(name = "suggested_name")
    private String suggestedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side = Side.OTHER;

    @Column(nullable = false, length = 16)
    private String jurisdiction = "";

    @Column(length = 32)
    private String method;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "example_message")
    private String exampleMessage;

    @Column(name = "seen_count", nullable = false)
    private int seenCount = 1;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "agency_id")
    private Long agencyId;

    @Version
    private long version;

    protected DirectoryProposal() {
        // for JPA
    }

    private DirectoryProposal(Kind kind, String subjectKey, Long campaignId, String exampleMessage, Instant at) {
        this.kind = kind;
        this.subjectKey = clip(Objects.requireNonNull(subjectKey, "subjectKey"), 255);
        this.campaignId = campaignId;
        this.exampleMessage = clip(exampleMessage, 255);
        this.firstSeenAt = at;
        this.lastSeenAt = at;
    }

    /** The subject key of a proposed agency: its domain. */
    public static String key(AgencyProposal p) {
        return p.domain().strip().toLowerCase(Locale.ROOT);
    }

    /** The subject key of an unplaced party: its e-mail address, else its name and phone; null when it has none. */
    public static String key(Correspondent party) {
        if (party.email() != null) {
            return party.email();
        }
        if (party.name() == null && party.phone() == null) {
            return null;
        }
        String name = party.name() == null ? "" : party.name().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return party.phone() == null ? name : name + " | " + party.phone();
    }

    static DirectoryProposal newAgency(AgencyProposal p, Long campaignId, String exampleMessage, Instant at) {
        DirectoryProposal d = new DirectoryProposal(Kind.NEW_AGENCY, key(p), campaignId, exampleMessage, at);
        d.domain = clip(key(p), 253);
        d.suggestedCode = clip(p.suggestedCode(), 64);
        d.suggestedName = clip(p.suggestedName(), 255);
        d.side = p.side() == null ? Side.OTHER : p.side();
        d.jurisdiction = p.jurisdiction() == null ? "" : clip(p.jurisdiction().toUpperCase(Locale.ROOT), 16);
        d.method = "PROPOSED";
        d.evidence = clip(p.evidence(), 2000);
        return d;
    }

    static DirectoryProposal unknownParty(PartyResolution r, Long campaignId, String exampleMessage, Instant at) {
        Correspondent party = r.party();
        DirectoryProposal d = new DirectoryProposal(Kind.UNKNOWN_PARTY, key(party), campaignId, exampleMessage, at);
        d.partyName = clip(party.name(), 255);
        d.partyEmail = clip(party.email(), 255);
        d.partyPhone = clip(party.phone(), 64);
        d.domain = party.domain().map(x -> clip(x, 253)).orElse(null);
        d.side = r.side() == null ? Side.OTHER : r.side();
        d.suggestedCode = r.agency() == null ? null : r.agency().value();
        d.method = r.method() == null ? null : r.method().name();
        d.evidence = clip(r.note(), 2000);
        return d;
    }

    /** Seen again in a later run: counted; the newest evidence kept. */
    void seenAgain(Instant at, String newEvidence) {
        seenCount++;
        lastSeenAt = at;
        if (newEvidence != null && !newEvidence.isBlank()) {
            evidence = clip(newEvidence, 2000);
        }
    }

    /** An analyst created the agency it proposed (or that the party belongs to). */
    public void accept(long agency, String by, Instant at, String note) {
        requireOpen();
        status = Status.ACCEPTED;
        agencyId = agency;
        decide(by, at, note);
    }

    /** An analyst decided it needs no agency (a private company, a person, a mistake). */
    public void dismiss(String by, Instant at, String note) {
        requireOpen();
        status = Status.DISMISSED;
        decide(by, at, note);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("proposal.notOpen");
        }
    }

    private void decide(String by, Instant at, String note) {
        decidedBy = by;
        decidedAt = at;
        decisionNote = note == null || note.isBlank() ? null : clip(note.strip(), 2000);
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getDomain() {
        return domain;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getPartyEmail() {
        return partyEmail;
    }

    public String getPartyPhone() {
        return partyPhone;
    }

    public String getSuggestedCode() {
        return suggestedCode;
    }

    public String getSuggestedName() {
        return suggestedName;
    }

    public Side getSide() {
        return side;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getMethod() {
        return method;
    }

    public String getEvidence() {
        return evidence;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getExampleMessage() {
        return exampleMessage;
    }

    public int getSeenCount() {
        return seenCount;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getVersion() {
        return version;
    }
}
