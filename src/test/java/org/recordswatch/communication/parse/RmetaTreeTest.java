package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RmetaTreeTest {

    private static RmetaTree.Entry entry(String type, String idPath, String resourcePath, String internalPath) {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("Content-Type", List.of(type));
        if (idPath != null) {
            m.put("X-TIKA:embedded_id_path", List.of(idPath));
            m.put("X-TIKA:embedded_resource_path", List.of(resourcePath));
        }
        if (internalPath != null) {
            m.put("X-TIKA:internalPath", List.of(internalPath));
        }
        return new RmetaTree.Entry(null, Map.copyOf(m), "", List.of());
    }

    @Test
    void buildsTheTreeFromEmbeddedIdPathsAndNamesArchiveMembersByTheirPath() {
        SourceDocument zip = RmetaTree.build("f1", "agency/prod.zip", List.of(
                entry("application/zip", null, null, null),
                entry("message/rfc822", "/1", "/a.eml", "mail/a.eml"),
                entry("application/pdf", "/1/2", "/order.pdf", null),
                entry("application/pdf", "/3", "/b.pdf", "b.pdf")));

        assertEquals(2, zip.children().size());
        SourceDocument eml = zip.children().get(0);
        assertEquals("agency/prod.zip!mail/a.eml", eml.name());
        assertEquals("f1#/1", eml.id());
        assertEquals("/a.eml", eml.embeddedPath());
        assertEquals("agency/prod.zip!mail/a.eml!order.pdf", eml.children().get(0).name());
        assertEquals("agency/prod.zip!b.pdf", zip.children().get(1).name());
    }

    @Test
    void thePipelinesOwnIdsAreKept() {
        SourceDocument d = RmetaTree.build("f2", "x.eml", List.of(new RmetaTree.Entry("doc-77",
                Map.of("Content-Type", List.of("message/rfc822")), "hello", List.of())));
        assertEquals("doc-77", d.id());
        assertEquals("message/rfc822", d.mediaType());
    }
}
