package org.recordswatch.communication.parse.printout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.recordswatch.communication.parse.PageText;

/**
 * Loads a print-out fixture: pages separated by a line {@code <<<PAGE>>>}; a first line {@code <<<OCR>>>} marks all
 * pages as OCR'd.
 */
final class PrintoutFixtures {

    private PrintoutFixtures() {
    }

    static List<PageText> pages(String name) {
        String text;
        try (InputStream in = PrintoutFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean ocr = text.startsWith("<<<OCR>>>\n");
        if (ocr) {
            text = text.substring("<<<OCR>>>\n".length());
        }
        List<PageText> pages = new ArrayList<>();
        for (String page : text.split("<<<PAGE>>>\n", -1)) {
            pages.add(new PageText(pages.size() + 1, page, ocr));
        }
        return pages;
    }
}
