package org.recordswatch.request;

/** Turns a letter into a printable file (the port; {@link PdfLetterRenderer} writes PDF with PDFBox). */
public interface LetterRenderer {

    /** The file's bytes. */
    byte[] render(Letter letter);

    /** The media type of what {@link #render} writes. */
    String mediaType();
}
