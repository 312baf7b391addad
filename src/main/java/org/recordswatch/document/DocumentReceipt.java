package org.recordswatch.document;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recordswatch.platform.security.Role;

/**
 * One arrival of a file: the links of the chain of custody. The first receipt of an original is its upload; the same
 * bytes uploaded again to the same request add a receipt marked as a duplicate of the first, never a second copy.
 */
@Entity
@Table(name = "document_receipt")
@NamedQuery(name = "DocumentReceipt.ofDocument",
        query = "SELECT r FROM DocumentReceipt r WHERE r.document.id = :document ORDER BY r.receivedAt, r.id")
public class DocumentReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploader_role", nullable = false, length = 32)
    private Role uploaderRole;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(length = 255)
    private String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Channel channel;

    @Column(name = "original_name", nullable = false, length = Document.MAX_NAME)
    private String originalName;

    @Column(nullable = false)
    private boolean duplicate;

    @Column(name = "bates_start", length = 64)
    private String batesStart;

    @Column(name = "bates_end", length = 64)
    private String batesEnd;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    protected DocumentReceipt() {
        // for JPA
    }

    /** Who brought the file, for the chain of custody. */
    public record Uploader(String username, Role role, Long organizationId, Long agencyId, String affiliation,
            String clientIp) {
        public Uploader {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(role, "role");
        }
    }

    public DocumentReceipt(Document document, Long batchId, Instant receivedAt, Uploader uploader, Channel channel,
            String originalName, boolean duplicate, BatesRange bates) {
        this.document = Objects.requireNonNull(document, "document");
        this.batchId = batchId;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.uploadedBy = uploader.username();
        this.uploaderRole = uploader.role();
        this.organizationId = uploader.organizationId();
        this.agencyId = uploader.agencyId();
        this.affiliation = uploader.affiliation();
        this.clientIp = uploader.clientIp();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.originalName = Document.cleanName(originalName);
        this.duplicate = duplicate;
        if (bates != null) {
            this.batesStart = bates.start();
            this.batesEnd = bates.end();
        }
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Role getUploaderRole() {
        return uploaderRole;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOriginalName() {
        return originalName;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public String getBatesStart() {
        return batesStart;
    }

    public String getBatesEnd() {
        return batesEnd;
    }

    public String getClientIp() {
        return clientIp;
    }

    /** The Bates range as written ("MVD-000101 – MVD-000140"), or empty. */
    public String getBatesRange() {
        if (batesStart == null) {
            return "";
        }
        return batesEnd == null || batesEnd.equals(batesStart) ? batesStart : batesStart + " – " + batesEnd;
    }
}
