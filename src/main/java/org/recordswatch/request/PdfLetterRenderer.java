package org.recordswatch.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a letter as a US-Letter PDF with PDFBox: the Liberation Sans font that PDFBox ships (embedded, so accents
 * and ñ print), word-wrapped to the margins, on as many pages as it takes, with a footer and page numbers. Characters
 * the font cannot draw are replaced by "?", never dropped silently from the middle of a word.
 */
@ApplicationScoped
public class PdfLetterRenderer implements LetterRenderer {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 72;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float SMALL = 8;

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(Letter letter) {
        try (PDDocument doc = new PDDocument(); InputStream fontData = PDDocument.class.getResourceAsStream(FONT)) {
            if (fontData == null) {
                throw new IllegalStateException("PDFBox font missing: " + FONT);
            }
            PDType0Font font = PDType0Font.load(doc, fontData);
            Writer w = new Writer(doc, font);
            for (String line : letter.sender()) {
                w.paragraph(line, 0);
            }
            w.blank();
            if (letter.dateLine() != null) {
                w.paragraph(letter.dateLine(), 0);
                w.blank();
            }
            for (String line : letter.recipient()) {
                w.paragraph(line, 0);
            }
            w.blank();
            w.paragraph(letter.subject(), 0);
            w.blank();
            for (String paragraph : letter.body().replace("\r\n", "\n").split("\n", -1)) {
                if (paragraph.isBlank()) {
                    w.blank();
                } else {
                    w.paragraph(paragraph, 0);
                }
            }
            w.finish(letter.footer());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(w.safe(letter.subject()));
            info.setCreator("Records Watch");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter PDF", e);
        }
    }

    /** Lays text out line by line, opening pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Map<Character, Boolean> drawable = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private final float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }

        String safe(String text) {
            StringBuilder sb = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                if (c == '\t') {
                    sb.append("    ");
                } else if (Character.isISOControl(c)) {
                    continue;
                } else if (drawable.computeIfAbsent(c, this::canDraw)) {
                    sb.append(c);
                } else {
                    sb.append('?');
                }
            }
            return sb.toString();
        }

        private boolean canDraw(char c) {
            if (Character.isSurrogate(c)) {
                return false;
            }
            try {
                font.encode(String.valueOf(c));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private float widthOf(String s) throws IOException {
            return font.getStringWidth(s) / 1000 * SIZE;
        }

        void blank() throws IOException {
            advance();
        }

        private void advance() throws IOException {
            y -= LEADING;
            if (y < MARGIN + 2 * LEADING) {
                newPage();
            }
        }

        void paragraph(String text, float indent) throws IOException {
            String safe = safe(text);
            StringBuilder line = new StringBuilder();
            for (String word : safe.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (widthOf(candidate) <= width - indent) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    draw(line.toString(), indent);
                    line.setLength(0);
                }
                // a single word wider than the line is broken by characters
                String rest = word;
                while (widthOf(rest) > width - indent) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && widthOf(rest.substring(0, cut)) > width - indent) {
                        cut--;
                    }
                    draw(rest.substring(0, cut), indent);
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            draw(line.toString(), indent);
        }

        private void draw(String text, float indent) throws IOException {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(text);
            content.endText();
            advance();
        }

        void finish(String footer) throws IOException {
            content.close();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    c.beginText();
                    c.setFont(font, SMALL);
                    c.newLineAtOffset(MARGIN, MARGIN / 2);
                    c.showText(safe((footer == null ? "" : footer + "   ") + (i + 1) + " / " + n));
                    c.endText();
                }
            }
        }
    }
}
