package org.recordswatch.extraction;

/** The stored text of one page of a document, numbered from 1; {@code ocr} when Tesseract read it. */
public record PageTextRow(int number, String text, boolean ocr) {
}
