package org.recordswatch.extraction;

import java.util.Objects;

/**
 * The text of one page of a paginated document (PDF), numbered from 1, and whether it was read by OCR (the page had
 * no usable text layer and Tesseract read its image).
 */
public record ExtractedPage(int number, String text, boolean ocr) {

    public ExtractedPage {
        if (number < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1");
        }
        Objects.requireNonNull(text, "text");
    }
}
