package org.recordswatch.communication.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What Tika returned for one stored file, as a tree: the file itself and, below it, its embedded documents
 * (attachments of a message, members of an archive, messages of a mailbox).
 *
 * <p>The extraction pipeline builds it from the RMETA metadata list: one node per metadata entry, attached to its
 * parent by {@code X-TIKA:embedded_id_path}. Only plain text goes in; markup (Tika's XHTML) is converted by the
 * pipeline. Paged documents (PDF) also carry their text per page; then {@link #text()} may be empty.
 *
 * @param id the pipeline's stable id of this node (for example the stored document's id, or the id plus the
 *     embedded path); it comes back unchanged in {@link SourceRef#documentId()}
 * @param name the name as uploaded, inside a container {@code outer.zip!folder/inner.eml}; used in locators and
 *     exports
 * @param embeddedPath Tika's embedded resource path inside the stored file ({@code /embedded-1}, {@code /a.eml}),
 *     {@code null} for the stored file itself
 * @param mediaType the detected media type ({@code Content-Type} without parameters), lower case
 * @param metadata Tika's metadata of this node, keys as Tika names them ({@code Message-From},
 *     {@code dcterms:created}, {@code Message:Raw-Header:Message-ID}, {@code mapi:internet-message-id}, ...)
 * @param text the plain text of this node without its children's text
 * @param pages the text per page for paged documents, otherwise empty
 * @param children the embedded documents, in Tika's order
 */
public record SourceDocument(String id, String name, String embeddedPath, String mediaType,
        Map<String, List<String>> metadata, String text, List<PageText> pages, List<SourceDocument> children) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, id);
        mediaType = mediaType == null ? "" : baseType(mediaType);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (metadata != null) {
            metadata.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        metadata = Collections.unmodifiableMap(copy);
        text = Objects.requireNonNullElse(text, "");
        pages = pages == null ? List.of() : List.copyOf(pages);
        children = children == null ? List.of() : List.copyOf(children);
        if (mediaType.isEmpty()) {
            List<String> type = copy.get("Content-Type");
            mediaType = type == null || type.isEmpty() ? "" : baseType(type.get(0));
        }
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The first value of a metadata key, or {@code null}. */
    public String first(String key) {
        List<String> values = metadata.get(key);
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** All non-blank values of a metadata key. */
    public List<String> values(String key) {
        List<String> values = metadata.get(key);
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** Whether any metadata key starts with the prefix. */
    public boolean hasKeyStartingWith(String prefix) {
        return metadata.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The whole text: the pages joined when present, otherwise {@link #text()}. */
    public String fullText() {
        if (pages.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (PageText p : pages) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** Whether any page came from OCR. */
    public boolean ocr() {
        return pages.stream().anyMatch(PageText::ocr);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a node; convenient for the pipeline and for tests. */
    public static final class Builder {
        private final String id;
        private String name;
        private String embeddedPath;
        private String mediaType;
        private final Map<String, List<String>> metadata = new LinkedHashMap<>();
        private String text;
        private final List<PageText> pages = new ArrayList<>();
        private final List<SourceDocument> children = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder embeddedPath(String value) {
            this.embeddedPath = value;
            return this;
        }

        public Builder mediaType(String value) {
            this.mediaType = value;
            return this;
        }

        public Builder meta(String key, String... values) {
            metadata.computeIfAbsent(key, k -> new ArrayList<>()).addAll(List.of(values));
            return this;
        }

        public Builder metadata(Map<String, List<String>> values) {
            values.forEach((k, v) -> metadata.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            return this;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder page(String pageText) {
            pages.add(new PageText(pages.size() + 1, pageText, false));
            return this;
        }

        public Builder ocrPage(String pageText) {
            pages.add(new PageText(pages.size() + 1, pageText, true));
            return this;
        }

        public Builder pages(List<PageText> values) {
            pages.addAll(values);
            return this;
        }

        public Builder child(SourceDocument child) {
            children.add(child);
            return this;
        }

        public Builder child(String childId, Consumer<Builder> spec) {
            Builder b = new Builder(childId);
            spec.accept(b);
            children.add(b.build());
            return this;
        }

        public SourceDocument build() {
            return new SourceDocument(id, name, embeddedPath, mediaType, metadata, text, pages, children);
        }
    }
}
