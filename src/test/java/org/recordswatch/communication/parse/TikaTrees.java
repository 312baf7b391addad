package org.recordswatch.communication.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test support standing in for the extraction pipeline: turns a Tika RMETA list (as the Tika Pipes spike stored it, one
 * JSON array per file with {@code spike:pages} for PDFs, or as Tika returns it in a test) into {@link RmetaTree}
 * entries; XHTML content becomes plain text, block elements becoming line breaks.
 */
public final class TikaTrees {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "dt", "dd", "table", "pre", "blockquote", "ul", "ol", "title");

    private TikaTrees() {
    }

    /** Reads one stored file's RMETA JSON (as the Tika Pipes spike stored it); {@code name} is its name. */
    public static SourceDocument read(Path json, String name) throws IOException {
        JsonNode list = JSON.readTree(Files.readString(json));
        List<RmetaTree.Entry> entries = new ArrayList<>();
        for (JsonNode e : list) {
            Map<String, List<String>> meta = new LinkedHashMap<>();
            e.fields().forEachRemaining(f -> {
                List<String> values = new ArrayList<>();
                if (f.getValue().isArray()) {
                    f.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(f.getValue().asText());
                }
                meta.put(f.getKey(), values);
            });
            entries.add(entry(meta, e.get("spike:pages")));
        }
        return RmetaTree.build(name, name, entries);
    }

    /** Builds the tree from Tika's RMETA list as metadata maps, content as XHTML under {@code X-TIKA:content}. */
    public static SourceDocument fromMetadata(List<Map<String, List<String>>> list, String name) {
        List<RmetaTree.Entry> entries = new ArrayList<>();
        for (Map<String, List<String>> m : list) {
            entries.add(entry(new LinkedHashMap<>(m), null));
        }
        return RmetaTree.build(name, name, entries);
    }

    private static RmetaTree.Entry entry(Map<String, List<String>> meta, JsonNode pages) {
        List<String> content = meta.remove("X-TIKA:content");
        meta.remove("spike:pages");
        List<PageText> pageTexts = new ArrayList<>();
        if (pages != null && pages.isArray() && pages.size() > 0) {
            boolean ocr = String.valueOf(meta.get("X-TIKA:Parsed-By-Full-Set")).contains("TesseractOCRParser")
                    && !List.of("0").equals(meta.get("pdf:ocrPageCount"));
            List<String> chars = meta.getOrDefault("pdf:charsPerPage", List.of());
            for (int i = 0; i < pages.size(); i++) {
                boolean pageOcr = ocr && (i >= chars.size() || "0".equals(chars.get(i)));
                pageTexts.add(new PageText(i + 1, pages.get(i).asText(), pageOcr));
            }
            return new RmetaTree.Entry(null, meta, "", pageTexts);
        }
        return new RmetaTree.Entry(null, meta, plain(content == null || content.isEmpty() ? null : content.get(0)),
                List.of());
    }

    /** Plain text of an XHTML body: block elements become line breaks. */
    static String plain(String xhtml) {
        if (xhtml == null || xhtml.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser parser = f.newSAXParser();
            parser.parse(new InputSource(new StringReader(xhtml)), new DefaultHandler() {
                boolean body;

                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    if (local.equals("body")) {
                        body = true;
                    } else if (body && BLOCKS.contains(local)) {
                        newline();
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    if (local.equals("body")) {
                        body = false;
                    } else if (body && BLOCKS.contains(local)) {
                        newline();
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (body) {
                        sb.append(ch, start, length);
                    }
                }

                private void newline() {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                }
            });
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            // truncated XHTML: keep what was read
        }
        return sb.toString().replace("\r\n", "\n").replace('\r', '\n');
    }
}
