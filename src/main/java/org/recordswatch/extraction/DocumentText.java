package org.recordswatch.extraction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extraction of one stored document: its state ({@link ExtractionState}) with the reason of a failure, where the
 * text came from (extractor version, options, limits hit, what happened to the parsing process) and the document's
 * own text and metadata. Originals get one when they are queued; documents found inside them when their parent's
 * extraction is stored. Pages live in {@link DocumentPage}.
 */
@Entity
@Table(name = "document_text")
public class DocumentText {

    private static final int MAX_REASON = 1000;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ExtractionState status;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private boolean partial;

    @Column(name = "limits_hit")
    private String limitsHit;

    @Column(name = "process_outcome", length = 24)
    private String processOutcome;

    @Column(name = "extractor_version", length = 128)
    private String extractorVersion;

    @Column(name = "options_used", length = 500)
    private String optionsUsed;

    @Column(name = "media_type")
    private String mediaType;

    @Column(length = 64)
    private String charset;

    @Column(name = "embedded_id")
    private String embeddedId;

    @Column(name = "embedded_path", length = 2000)
    private String embeddedPath;

    @Column
    private String error;

    @Column(nullable = false)
    private boolean encrypted;

    @Column(nullable = false)
    private boolean ocr;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "ocr_page_count", nullable = false)
    private int ocrPageCount;

    @Column(name = "text_chars", nullable = false)
    private long textChars;

    // Not lazy: EclipseLink's fetch groups refresh the other attributes when a lazy one is loaded, which would undo
    // changes made before; lists use DocumentStatus projections instead.
    @Lob
    @Column(columnDefinition = "LONGTEXT")
    private String text;

    @Lob
    @Column(columnDefinition = "LONGTEXT")
    private String metadata;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected DocumentText() {
        // for JPA
    }

    /** An original waiting for its extraction. */
    public static DocumentText queued(long documentId, Instant now) {
        DocumentText t = new DocumentText();
        t.documentId = documentId;
        t.status = ExtractionState.QUEUED;
        t.queuedAt = Objects.requireNonNull(now, "now");
        return t;
    }

    /** A document found inside another, stored together with its parent's extraction. */
    public static DocumentText ofChild(long documentId, Instant now) {
        DocumentText t = queued(documentId, now);
        t.startedAt = now;
        return t;
    }

    /** Queued again (a retry after a crash, or a person asked for a re-run); the previous text stays until then. */
    public void requeue(Instant now) {
        status = ExtractionState.QUEUED;
        queuedAt = now;
        startedAt = null;
        finishedAt = null;
    }

    /** An extraction attempt started. */
    public void parsing(Instant now) {
        status = ExtractionState.PARSING;
        startedAt = now;
        finishedAt = null;
    }

    /** Records what was extracted for this document (the original or a part found in it) and its final state. */
    public void extracted(ExtractionState finalState, String why, boolean partialResult, ExtractedPart part,
            Set<Limit> limits, ProcessOutcome outcome, String version, String options, String metadataJson,
            Instant now) {
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException("Not a final state: " + finalState);
        }
        status = finalState;
        reason = clip(why, MAX_REASON);
        partial = partialResult;
        limitsHit = limits == null || limits.isEmpty() ? null
                : limits.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        processOutcome = outcome == null ? null : outcome.name();
        extractorVersion = clip(version, 128);
        optionsUsed = clip(options, 500);
        if (part != null) {
            mediaType = clip(part.mediaType(), 255);
            charset = clip(part.charset().orElse(null), 64);
            embeddedId = part.isRoot() ? null : clip(part.id(), 255);
            embeddedPath = part.isRoot() ? null
                    : clip(part.metadata("X-TIKA:embedded_resource_path").orElse(part.id()), 2000);
            error = clip(part.error().orElse(null), 255);
            encrypted = part.encrypted();
            ocr = part.ocr();
            pageCount = part.pages().size();
            ocrPageCount = (int) part.pages().stream().filter(ExtractedPage::ocr).count();
            text = part.text() == null ? "" : part.text();
            textChars = text.length();
            metadata = metadataJson;
        }
        if (startedAt == null) {
            startedAt = now;
        }
        finishedAt = now;
    }

    /** The job system gave up on the document without a verdict from the extractor. */
    public void abandoned(String why, Instant now) {
        status = ExtractionState.FAILED_PARSE;
        reason = clip(why, MAX_REASON);
        partial = text != null;
        finishedAt = now;
    }

    /** The limits hit, as a set. */
    public Set<Limit> limits() {
        if (limitsHit == null || limitsHit.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(limitsHit.split(",")).map(Limit::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Limit.class)));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public ExtractionState getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public boolean isPartial() {
        return partial;
    }

    public String getLimitsHit() {
        return limitsHit;
    }

    public String getProcessOutcome() {
        return processOutcome;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public String getOptionsUsed() {
        return optionsUsed;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getCharset() {
        return charset;
    }

    public String getEmbeddedId() {
        return embeddedId;
    }

    public String getEmbeddedPath() {
        return embeddedPath;
    }

    public String getError() {
        return error;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public boolean isOcr() {
        return ocr;
    }

    public int getPageCount() {
        return pageCount;
    }

    public int getOcrPageCount() {
        return ocrPageCount;
    }

    public long getTextChars() {
        return textChars;
    }

    public String getText() {
        return text;
    }

    public String getMetadata() {
        return metadata;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
