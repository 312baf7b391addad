package org.recordswatch.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.recordswatch.account.Organization;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * One request sent to many agencies: its title and description, the letter template every agency's letter is
 * rendered from, what is asked for and for which period, and who asks. It belongs to one organization; when shared,
 * advocates of the organization's coalition see it and track its requests too (only the owning organization edits
 * the campaign itself).
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final Set<String> LETTER_LANGUAGES = Set.of("en", "es");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "letter_template", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String letterTemplate;

    @Column(name = "records_described", columnDefinition = "TEXT")
    private String recordsDescribed;

    @Column(name = "date_from")
    private LocalDate dateFrom;

    @Column(name = "date_to")
    private LocalDate dateTo;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "requester_email")
    private String requesterEmail;

    @Column(name = "letter_language", nullable = false, length = 8)
    private String letterLanguage = "en";

    @Column(name = "shared_with_coalition", nullable = false)
    private boolean sharedWithCoalition;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_by_id")
    private Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    public Campaign(Organization organization, String createdBy, Long createdById, Instant createdAt) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdById = createdById;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Sets what the campaign asks for; checks the template's placeholders and the date range. */
    public void describe(String newTitle, String newDescription, String newTemplate, String newRecords,
            LocalDate from, LocalDate to, String newRequesterName, String newRequesterEmail, String language) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidCampaignException("campaign.titleRequired");
        }
        if (newTemplate == null || newTemplate.isBlank()) {
            throw new InvalidCampaignException("campaign.templateRequired");
        }
        Set<String> unknown = LetterTemplate.unknownPlaceholders(newTemplate);
        if (!unknown.isEmpty()) {
            throw new InvalidCampaignException("campaign.unknownPlaceholders", String.join(", ", unknown));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidCampaignException("campaign.dateRange");
        }
        if (newRequesterName == null || newRequesterName.isBlank()) {
            throw new InvalidCampaignException("campaign.requesterRequired");
        }
        if (newTitle.strip().length() > 255 || newRequesterName.strip().length() > 255
                || newRequesterEmail != null && newRequesterEmail.strip().length() > 255) {
            throw new InvalidCampaignException("campaign.tooLong");
        }
        this.title = newTitle.strip();
        this.description = blankToNull(newDescription);
        this.letterTemplate = newTemplate.strip();
        this.recordsDescribed = blankToNull(newRecords);
        this.dateFrom = from;
        this.dateTo = to;
        this.requesterName = newRequesterName.strip();
        this.requesterEmail = blankToNull(newRequesterEmail);
        this.letterLanguage = language != null && LETTER_LANGUAGES.contains(language) ? language : "en";
    }

    public void share(boolean withCoalition) {
        this.sharedWithCoalition = withCoalition;
    }

    /** The organization's own advocates, and admins. */
    public boolean isOwnedBy(Caller caller) {
        return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.ADVOCATE)
                && organization.getId().equals(caller.organizationId());
    }

    /**
     * Who sees the campaign and its requests: admins and analysts (read-only) see all; advocates see their
     * organization's campaigns and, when shared, those of their coalition; records officers see no campaign (they see
     * the requests addressed to their agency).
     */
    public boolean isVisibleTo(Caller caller) {
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!caller.hasAnyRole(Role.ADVOCATE, Role.ANALYST) || caller.organizationId() == null) {
            return false;
        }
        if (organization.getId().equals(caller.organizationId())) {
            return true;
        }
        return sharedWithCoalition && organization.getCoalition() != null && caller.coalitionId() != null
                && organization.getCoalition().getId().equals(caller.coalitionId());
    }

    /** Advocates who see the campaign may track its requests (record answers, correspondence); admins too. */
    public boolean isTrackableBy(Caller caller) {
        return caller.hasAnyRole(Role.ADMIN, Role.ADVOCATE) && isVisibleTo(caller);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLetterTemplate() {
        return letterTemplate;
    }

    public String getRecordsDescribed() {
        return recordsDescribed;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public boolean isSharedWithCoalition() {
        return sharedWithCoalition;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
