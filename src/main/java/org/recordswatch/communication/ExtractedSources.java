package org.recordswatch.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordswatch.communication.parse.PageText;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.extraction.ExtractedNode;
import org.recordswatch.extraction.PageTextRow;

/**
 * Turns the stored extraction of an original and its children ({@link ExtractedNode}) into the splitter's
 * {@link SourceDocument} tree. Ids are the stored documents' ids (as strings), names their paths as uploaded
 * ({@code outer.zip!inner.eml}). Documents whose extraction has not finished contribute no text.
 */
public final class ExtractedSources {

    private ExtractedSources() {
    }

    public static SourceDocument toSource(ExtractedNode node) {
        SourceDocument.Builder b = SourceDocument.builder(String.valueOf(node.documentId())).name(node.name())
                .embeddedPath(node.embeddedPath()).mediaType(node.mediaType());
        boolean finished = node.status() == null || !(node.status().equals("QUEUED") || node.status().equals(
                "PARSING"));
        Map<String, List<String>> metadata = node.metadata();
        if (metadata != null) {
            metadata.forEach((k, v) -> {
                if (k != null && v != null && !k.equals("X-TIKA:content")) {
                    b.meta(k, v.stream().filter(s -> s != null).toArray(String[]::new));
                }
            });
        }
        if (finished) {
            b.text(normalise(node.text()));
            List<PageText> pages = new ArrayList<>();
            if (node.pages() != null) {
                for (PageTextRow p : node.pages()) {
                    if (p.number() >= 1) {
                        pages.add(new PageText(p.number(), normalise(p.text()), p.ocr()));
                    }
                }
            }
            pages.sort(java.util.Comparator.comparingInt(PageText::number));
            b.pages(pages);
        }
        if (node.children() != null) {
            for (ExtractedNode child : node.children()) {
                b.child(toSource(child));
            }
        }
        return b.build();
    }

    /** Line breaks as {@code \n} (stored text may keep the producer's CR LF). */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Every node's whole text (pages joined) by its id, for attachment text lookups. */
    public static void collectTexts(SourceDocument doc, Map<String, String> out) {
        out.put(doc.id(), doc.fullText());
        for (SourceDocument child : doc.children()) {
            collectTexts(child, out);
        }
    }
}
