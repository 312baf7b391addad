package org.recordswatch.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Every input of the extraction tests, generated on the fly: nothing binary is checked in, no corpus file used. */
final class Fixtures {

    private Fixtures() {
    }

    /** An attachment of a generated e-mail. */
    record Attachment(String name, String contentType, byte[] bytes) {
    }

    /** A PDF with one line of text per page. */
    static byte[] textPdf(String... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Black text on white, rendered large enough for Tesseract (about 300 dpi for a letter page). */
    static BufferedImage textImage(String... lines) {
        BufferedImage image = new BufferedImage(2200, 220 + 110 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 100, y);
            y += 110;
        }
        g.dispose();
        return image;
    }

    /**
     * A PDF whose pages are given as either text (a text layer) or, prefixed with {@code IMAGE:}, an image of the
     * text without any text layer (a scan that needs OCR).
     */
    static byte[] pdf(List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String content : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (content.startsWith("IMAGE:")) {
                        BufferedImage image = textImage(content.substring(6).split("\n"));
                        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                        float w = page.getMediaBox().getWidth() - 72;
                        float h = w * image.getHeight() / image.getWidth();
                        cs.drawImage(x, 36, page.getMediaBox().getHeight() - 36 - h, w, h);
                    } else {
                        cs.beginText();
                        cs.setFont(font, 14);
                        cs.newLineAtOffset(72, 700);
                        cs.showText(content);
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(textPdf("Confidential page text"));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF header followed by garbage: the PDF parser fails on it. */
    static byte[] corruptPdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage\nxref broken\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An RFC 822 message with a plain-text body and base64 attachments. */
    static byte[] eml(String messageId, String subject, String body, Attachment... attachments) {
        StringBuilder m = new StringBuilder();
        m.append("From: Alice Example <alice@example.org>\r\n");
        m.append("To: Bob Example <bob@example.org>\r\n");
        m.append("Subject: ").append(subject).append("\r\n");
        m.append("Date: Tue, 02 Jul 2019 10:15:00 -0600\r\n");
        m.append("Message-ID: <").append(messageId).append("@example.org>\r\n");
        m.append("MIME-Version: 1.0\r\n");
        if (attachments.length == 0) {
            m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
            return m.toString().getBytes(StandardCharsets.UTF_8);
        }
        String boundary = "=_boundary_" + messageId;
        m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
        for (Attachment a : attachments) {
            m.append("--").append(boundary).append("\r\n");
            m.append("Content-Type: ").append(a.contentType()).append("; name=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Disposition: attachment; filename=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Transfer-Encoding: base64\r\n\r\n");
            m.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(a.bytes())).append("\r\n");
        }
        m.append("--").append(boundary).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An mbox of the given RFC 822 messages. */
    static byte[] mbox(byte[]... messages) {
        StringBuilder box = new StringBuilder();
        for (byte[] message : messages) {
            box.append("From alice@example.org Tue Jul  2 10:15:00 2019\n");
            box.append(new String(message, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            box.append("\n");
        }
        return box.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            Object value = nameThenBytes[i + 1];
            entries.put((String) nameThenBytes[i],
                    value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code levels} zips, each holding the next one; the innermost holds a text file. */
    static byte[] nestedZip(int levels, String innermostText) throws IOException {
        byte[] current = zip(entries("inner.txt", innermostText));
        for (int level = levels - 1; level >= 1; level--) {
            current = zip(entries("level" + (level + 1) + ".zip", current));
        }
        return current;
    }

    /** A zip with one entry of {@code bytes} bytes of repeated text, written streaming (the bytes never in memory). */
    static void textBomb(Path out, String entryName, long bytes) throws IOException {
        byte[] line = "all work and no play makes jack a dull boy\n".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[line.length * 24_000];
        for (int i = 0; i < 24_000; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            for (long left = bytes; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
        }
    }

    /** A zip with one entry of {@code bytes} zero bytes, written streaming. */
    static void zeroBomb(Path out, String entryName, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            for (long left = bytes; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
        }
    }

    /** A zip with {@code count} tiny entries. */
    static void manyEntries(Path out, int count) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("entries/e" + i + ".txt"));
                zip.write(("entry " + i).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
    }

    /** A zip whose entry is a Unix symbolic link to {@code target} (as {@code zip --symlinks} writes it). */
    static byte[] symlinkZip(String linkName, String target, String otherName, String otherText) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry link = new ZipArchiveEntry(linkName);
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write(target.getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            ZipArchiveEntry other = new ZipArchiveEntry(otherName);
            zip.putArchiveEntry(other);
            zip.write(otherText.getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** Content that the test-only hostile parser recognises (see HostileParser). */
    static byte[] hostile(String kind) {
        return ("RWTEST-" + kind + "\nthis file is hostile\n").getBytes(StandardCharsets.US_ASCII);
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
