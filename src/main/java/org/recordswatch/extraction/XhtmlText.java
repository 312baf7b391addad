package org.recordswatch.extraction;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika writes for one document into plain text, and into one text per page where the parser
 * marks pages ({@code <div class="page">}, one per PDF page). Tesseract's output sits in {@code <div class="ocr">},
 * inside the page it was read from, which is how a page or a document is known to be OCR'd. Block elements become
 * line breaks, table cells tabs. Tolerates XHTML cut short by a limit or an exception: what came before is kept.
 */
final class XhtmlText {

    /** The text of one document, its pages (empty if it has none) and whether any of it came from OCR. */
    record Content(String text, List<ExtractedPage> pages, boolean ocr) {

        static final Content EMPTY = new Content("", List.of(), false);
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "table", "blockquote", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
            "footer", "hr", "address");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final SAXParserFactory FACTORY = newFactory();

    private XhtmlText() {
    }

    static Content read(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            return Content.EMPTY;
        }
        Handler handler = new Handler();
        try {
            SAXParser parser = FACTORY.newSAXParser();
            String valid = withValidCharacters(xhtml);
            if (!valid.stripTrailing().endsWith("</html>")) {
                // Cut short: the parser only hands over the text before the cut once it sees markup after it.
                valid = valid + "<rw-cut/>";
            }
            parser.parse(new InputSource(new StringReader(valid)), handler);
        } catch (SAXException e) {
            // Cut short (write limit, container exception): keep what was read.
            handler.closePage();
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The JDK's XML parser is not usable", e);
        }
        return new Content(tidy(handler.text), handler.pages, handler.ocr);
    }

    private static SAXParserFactory newFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser is not usable", e);
        }
    }

    /** Tika already replaces characters XML cannot carry; this guards against the few that slip through. */
    static String withValidCharacters(String s) {
        StringBuilder fixed = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean valid = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)
                    || Character.isSurrogate(c) && pairedSurrogate(s, i)
                    : c == '\t' || c == '\n' || c == '\r';
            if (!valid && fixed == null) {
                fixed = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (fixed != null) {
                fixed.append(valid ? c : '\uFFFD');
            }
        }
        return fixed == null ? s : fixed.toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Trailing blanks removed from every line, runs of blank lines shortened to one, no blank start or end. Linear:
     * hostile documents produce millions of empty lines (a regular expression would overflow the stack).
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n') {
                int end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end == start) {
                    blankBefore = true;
                } else {
                    if (out.length() > 0) {
                        out.append(blankBefore ? "\n\n" : "\n");
                    }
                    out.append(text, start, end);
                    blankBefore = false;
                }
                start = i + 1;
            }
        }
        return out.toString().stripLeading();
    }

    private static final class Handler extends DefaultHandler {

        final StringBuilder text = new StringBuilder();
        final List<ExtractedPage> pages = new ArrayList<>();
        boolean ocr;
        private boolean inBody;
        private int depth;
        private int pageDepth = -1;
        private StringBuilder page;
        private boolean pageOcr;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            depth++;
            if ("body".equals(local)) {
                inBody = true;
                return;
            }
            if (!inBody) {
                return;
            }
            String cssClass = "div".equals(local) ? attributes.getValue("class") : null;
            if ("page".equals(cssClass) && page == null) {
                pageDepth = depth;
                page = new StringBuilder();
                pageOcr = false;
            } else if ("ocr".equals(cssClass)) {
                ocr = true;
                if (page != null) {
                    pageOcr = true;
                }
            }
            if (BLOCKS.contains(local)) {
                lineBreak();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if ("body".equals(local)) {
                inBody = false;
            } else if (inBody) {
                if (depth == pageDepth) {
                    closePage();
                }
                if (BLOCKS.contains(local)) {
                    lineBreak();
                } else if (CELLS.contains(local)) {
                    append("\t");
                }
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inBody) {
                text.append(ch, start, length);
                if (page != null) {
                    page.append(ch, start, length);
                }
            }
        }

        private void append(String s) {
            text.append(s);
            if (page != null) {
                page.append(s);
            }
        }

        private void lineBreak() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            if (page != null && page.length() > 0 && page.charAt(page.length() - 1) != '\n') {
                page.append('\n');
            }
        }

        void closePage() {
            if (page != null) {
                pages.add(new ExtractedPage(pages.size() + 1, tidy(page), pageOcr));
                page = null;
                pageDepth = -1;
                pageOcr = false;
            }
        }
    }
}
