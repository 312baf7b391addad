package org.recordswatch.communication.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link SourceDocument} tree of one stored file from Tika's flat RMETA list (the container first, then one
 * entry per embedded document), as the extraction pipeline receives it.
 *
 * <p>Rules, covered by tests: an entry's parent is the entry whose {@code X-TIKA:embedded_id_path} is its own without
 * the last segment (the container when there is none); children keep Tika's order. Names: members of an archive are
 * named {@code archive-name!internal/path} ({@code X-TIKA:internalPath}, else the resource path); other embedded
 * documents {@code parent-name!resource-name}. Ids: the entry's own id when the pipeline gives one, else the stored
 * file's id followed by {@code #} and the embedded id path.
 */
public final class RmetaTree {

    private static final String ID_PATH = "X-TIKA:embedded_id_path";
    private static final String RESOURCE_PATH = "X-TIKA:embedded_resource_path";
    private static final String INTERNAL_PATH = "X-TIKA:internalPath";
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-zip-compressed",
            "application/x-tar", "application/gzip", "application/x-gzip", "application/x-gtar",
            "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar");

    /**
     * One RMETA entry with the text the pipeline derived from Tika's content.
     *
     * @param id the pipeline's id for this entry, or {@code null} to derive one
     * @param metadata the entry's metadata (Tika's names), without the content
     * @param text its plain text (markup removed), empty for paged documents when pages are given
     * @param pages its text per page, for PDFs
     */
    public record Entry(String id, Map<String, List<String>> metadata, String text, List<PageText> pages) {

        public Entry {
            Objects.requireNonNull(metadata, "metadata");
            pages = pages == null ? List.of() : List.copyOf(pages);
        }
    }

    private RmetaTree() {
    }

    /**
     * @param fileId the stored file's id
     * @param fileName the file's name as uploaded (with its folder when the pipeline keeps one)
     * @param entries Tika's RMETA list for the file, container first
     */
    public static SourceDocument build(String fileId, String fileName, List<Entry> entries) {
        if (entries.isEmpty()) {
            return SourceDocument.builder(fileId).name(fileName).build();
        }
        Map<String, List<Integer>> childrenOf = new HashMap<>();
        for (int i = 1; i < entries.size(); i++) {
            String path = first(entries.get(i), ID_PATH);
            childrenOf.computeIfAbsent(path == null ? "" : parent(path), k -> new ArrayList<>()).add(i);
        }
        return node(entries, 0, "", fileId, fileName, childrenOf);
    }

    private static SourceDocument node(List<Entry> entries, int index, String idPath, String fileId, String name,
            Map<String, List<Integer>> childrenOf) {
        Entry e = entries.get(index);
        String id = e.id() != null ? e.id() : idPath.isEmpty() ? fileId : fileId + "#" + idPath;
        SourceDocument.Builder b = SourceDocument.builder(id).name(name).metadata(e.metadata()).text(e.text())
                .pages(e.pages());
        if (!idPath.isEmpty()) {
            b.embeddedPath(first(e, RESOURCE_PATH));
        }
        String type = String.valueOf(first(e, "Content-Type"));
        boolean archive = ARCHIVES.stream().anyMatch(type::startsWith);
        for (int c : childrenOf.getOrDefault(idPath, List.of())) {
            Entry child = entries.get(c);
            String member = archive && first(child, INTERNAL_PATH) != null ? first(child, INTERNAL_PATH)
                    : String.valueOf(first(child, RESOURCE_PATH));
            String childPath = first(child, ID_PATH);
            b.child(node(entries, c, childPath, fileId, name + "!" + member.replaceFirst("^/", ""), childrenOf));
        }
        return b.build();
    }

    private static String parent(String idPath) {
        int slash = idPath.lastIndexOf('/');
        return slash <= 0 ? "" : idPath.substring(0, slash);
    }

    private static String first(Entry e, String key) {
        List<String> v = e.metadata().get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
