package org.recordswatch.document;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.recordswatch.request.RecordsRequest;

/**
 * A file the app holds for a records request: an original as produced (a root), or a document found inside one (a
 * member of a zip, an attachment of an e-mail, a message of a mailbox: a child with its parent, root, depth and path
 * such as {@code outer.zip!folder/inner.eml}). Originals are stored by digest and never modified.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = "Document.findOriginal",
        query = "SELECT d FROM Document d WHERE d.request.id = :request AND d.parent IS NULL AND d.digest.hex = :sha256")
@NamedQuery(name = "Document.countReferencing", query = "SELECT COUNT(d) FROM Document d WHERE d.digest.hex = :sha256")
public class Document {

    /** Longest original file name kept (the rest is cut, never used for paths anyway). */
    public static final int MAX_NAME = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Read through {@link #requestId}'s column: a child is created from its parent's request id alone. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", insertable = false, updatable = false)
    private RecordsRequest request;

    /** The column written for {@link #request} (copying the lazy relation to a child would load the request). */
    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "batch_id")
    private Long batchId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Document parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "root_id")
    private Document root;

    @Column(nullable = false)
    private int depth;

    @Column(name = "child_index")
    private Integer childIndex;

    @Column(nullable = false, length = 2000)
    private String path;

    @Column(name = "original_name", nullable = false, length = MAX_NAME)
    private String originalName;

    @Embedded
    @AttributeOverride(name = "hex", column = @Column(name = "sha256", length = 64))
    private ContentDigest digest;

    @Column(name = "size_bytes")
    private Long size;

    /** The digest again for originals, null for children: what makes an original unique within its request. */
    @Column(name = "root_sha256", length = 64)
    private String originalKey;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Document() {
        // for JPA
    }

    /** An original file as received for a request. */
    public static Document original(RecordsRequest request, Long batchId, String originalName, ContentDigest digest,
            long size, String mediaType, Instant at) {
        Document d = new Document();
        d.request = Objects.requireNonNull(request, "request");
        d.requestId = Objects.requireNonNull(request.getId(), "request id");
        d.batchId = batchId;
        d.originalName = cleanName(originalName);
        d.path = d.originalName;
        d.digest = Objects.requireNonNull(digest, "digest");
        d.originalKey = digest.hex();
        d.size = size;
        d.mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        d.createdAt = Objects.requireNonNull(at, "at");
        d.depth = 0;
        return d;
    }

    /**
     * A document found inside this one (the {@code index}-th embedded document); its identity is its parent and
     * index, so two e-mails carrying the same attachment each keep their own child. The child belongs to the same
     * request, set by id ({@link #getRequest()} of the new child is empty until it is read back; the request itself
     * is not loaded).
     */
    public Document child(int index, String innerPath, String name, ContentDigest childDigest, Long childSize,
            String childMediaType, Instant at) {
        Document c = new Document();
        c.requestId = requestId;
        c.batchId = batchId;
        c.parent = this;
        c.root = root == null ? this : root;
        c.depth = depth + 1;
        c.childIndex = index;
        String inner = innerPath == null || innerPath.isBlank() ? cleanName(name) : innerPath.strip();
        while (inner.startsWith("/")) {
            inner = inner.substring(1);
        }
        c.path = clip(path + "!" + inner, 2000);
        c.originalName = cleanName(name == null || name.isBlank() ? inner : name);
        c.digest = childDigest;
        c.size = childSize;
        c.mediaType = childMediaType == null ? "application/octet-stream" : childMediaType;
        c.createdAt = at;
        return c;
    }

    /** A file name as shown to people: control characters removed, length bounded; never used to build a path. */
    public static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed";
        }
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != 0x202E && cp != 0x202D
                && !(cp >= 0x2066 && cp <= 0x2069)).forEach(sb::appendCodePoint);
        String cleaned = sb.toString().strip();
        return cleaned.isEmpty() ? "unnamed" : clip(cleaned, MAX_NAME);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public boolean isOriginal() {
        return parent == null;
    }

    public boolean hasBytes() {
        return digest != null;
    }

    /** The original this document came from (itself for an original). */
    public Document original() {
        return root == null ? this : root;
    }

    public Long getId() {
        return id;
    }

    /** The request's id, without loading the request. */
    public Long getRequestId() {
        return requestId;
    }

    public RecordsRequest getRequest() {
        return request;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Document getParent() {
        return parent;
    }

    public Document getRoot() {
        return root;
    }

    public int getDepth() {
        return depth;
    }

    public Integer getChildIndex() {
        return childIndex;
    }

    public String getPath() {
        return path;
    }

    public String getOriginalName() {
        return originalName;
    }

    public ContentDigest getDigest() {
        return digest;
    }

    public String getSha256() {
        return digest == null ? null : digest.hex();
    }

    public Long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
