package org.recordswatch.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One document of an extraction: the file itself (the root) or a document embedded in it at any depth (a zip member,
 * a message of an mbox, an e-mail attachment, a file embedded in an Office document or PDF).
 * <p>
 * Identity: {@link #id()} is Tika's embedded id path ({@code /} for the root, {@code /2/5} for the fifth document
 * found inside the second one), unique within the extraction and built from the parent's, so two e-mails carrying
 * the same attachment yield two parts. {@link #path()} is for people ({@code outer.zip!folder/inner.eml!a.pdf}) and
 * need not be unique.
 */
public final class ExtractedPart {

    private final String id;
    private final String parentId;
    private final int depth;
    private final String name;
    private final String path;
    private final String mediaType;
    private final String charset;
    private final Map<String, List<String>> metadata;
    private final String text;
    private final List<ExtractedPage> pages;
    private final boolean ocr;
    private final Set<Limit> limitsHit;
    private final String error;
    private final boolean encrypted;
    private final EmbeddedFile embeddedFile;
    private final List<ExtractedPart> children = new ArrayList<>();

    /** The bytes of an embedded document, written by the extraction process under a generated name. */
    public record EmbeddedFile(Path file, long length, String sha256) {
    }

    ExtractedPart(String id, String parentId, int depth, String name, String path, String mediaType, String charset,
            Map<String, List<String>> metadata, String text, List<ExtractedPage> pages, boolean ocr,
            Set<Limit> limitsHit, String error, boolean encrypted, EmbeddedFile embeddedFile) {
        this.id = id;
        this.parentId = parentId;
        this.depth = depth;
        this.name = name;
        this.path = path;
        this.mediaType = mediaType;
        this.charset = charset;
        this.metadata = Collections.unmodifiableMap(metadata);
        this.text = text;
        this.pages = List.copyOf(pages);
        this.ocr = ocr;
        this.limitsHit = limitsHit.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(limitsHit));
        this.error = error;
        this.encrypted = encrypted;
        this.embeddedFile = embeddedFile;
    }

    void addChild(ExtractedPart child) {
        children.add(child);
    }

    /** {@code /} for the root, else Tika's embedded id path, e.g. {@code /2/5}. */
    public String id() {
        return id;
    }

    /** The id of the document this one is embedded in; empty for the root. */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    /** 0 for the root, 1 for its direct children, ... */
    public int depth() {
        return depth;
    }

    /** The last segment of the path: the name inside the parent ({@code folder/inner.eml} for a zip member). */
    public String name() {
        return name;
    }

    /** The display name of the file, then one {@code !name} per level, e.g. {@code outer.zip!folder/inner.eml}. */
    public String path() {
        return path;
    }

    /** The media type Tika detected, without parameters, e.g. {@code message/rfc822}. */
    public String mediaType() {
        return mediaType;
    }

    /** The character set of a text document, when known. */
    public Optional<String> charset() {
        return Optional.ofNullable(charset);
    }

    /** Tika's full metadata of this document (every key, in Tika's names), without the extracted content. */
    public Map<String, List<String>> metadata() {
        return metadata;
    }

    /** The first value of a metadata key, if any. */
    public Optional<String> metadata(String key) {
        List<String> values = metadata.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The plain text of this document alone (its embedded documents have their own). */
    public String text() {
        return text;
    }

    /** The text per page, for paginated documents (PDF); empty otherwise. */
    public List<ExtractedPage> pages() {
        return pages;
    }

    /** Whether any of this document's text was read by OCR. */
    public boolean ocr() {
        return ocr;
    }

    /** The limits hit while extracting this document or directly below it. */
    public Set<Limit> limitsHit() {
        return limitsHit;
    }

    /** A short description (the exception's type, no document content) if this document could not be read. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The bytes of this embedded document, if they were kept (never for the root). */
    public Optional<EmbeddedFile> embeddedFile() {
        return Optional.ofNullable(embeddedFile);
    }

    /** The documents embedded directly in this one, in the order Tika met them. */
    public List<ExtractedPart> children() {
        return Collections.unmodifiableList(children);
    }

    @Override
    public String toString() {
        return id + " " + mediaType + " (depth " + depth + ")";
    }
}
