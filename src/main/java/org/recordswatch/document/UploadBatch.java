package org.recordswatch.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Files uploaded together to one request, with the choices made for all of them (channel, OCR and its languages).
 * Extraction progress is reported per batch.
 */
@Entity
@Table(name = "upload_batch")
public class UploadBatch {

    /** OCR languages offered (Tesseract codes). */
    public static final Set<String> OCR_LANGUAGES = Set.of("eng", "spa", "eng+spa");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Channel channel;

    @Column(name = "ocr_enabled", nullable = false)
    private boolean ocrEnabled;

    @Column(name = "ocr_languages", nullable = false, length = 32)
    private String ocrLanguages;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UploadBatch() {
        // for JPA
    }

    public UploadBatch(long requestId, Channel channel, boolean ocrEnabled, String ocrLanguages, String createdBy,
            Instant createdAt) {
        this.requestId = requestId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.ocrEnabled = ocrEnabled;
        String langs = ocrLanguages == null || ocrLanguages.isBlank() ? "eng+spa" : ocrLanguages.strip();
        if (!OCR_LANGUAGES.contains(langs)) {
            throw new IllegalArgumentException("Unsupported OCR languages: " + ocrLanguages);
        }
        this.ocrLanguages = langs;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isOcrEnabled() {
        return ocrEnabled;
    }

    public String getOcrLanguages() {
        return ocrLanguages;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
