package org.recordswatch.communication.parse;

import java.util.Objects;

/**
 * The text of one page of a paged document (PDF), as extracted.
 *
 * @param number 1-based page number within the document
 * @param text the page's text, lines separated by line breaks
 * @param ocr whether the text came from optical character recognition (expect misread characters)
 */
public record PageText(int number, String text, boolean ocr) {

    public PageText {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        text = Objects.requireNonNullElse(text, "");
    }
}
