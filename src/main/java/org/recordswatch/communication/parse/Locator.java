package org.recordswatch.communication.parse;

import java.util.Objects;

/**
 * Where a message sits inside its document: a page range of a print-out, the n-th message of a mailbox or export, a
 * sheet, a line, or the whole document.
 *
 * @param kind what the numbers count
 * @param first first page / message / line number (1-based), 0 for {@link Kind#SHEET} and {@link Kind#WHOLE}
 * @param last last page (for page ranges; equal to {@code first} otherwise)
 * @param sheet the sheet name for {@link Kind#SHEET}
 */
public record Locator(Kind kind, int first, int last, String sheet) {

    public enum Kind {
        PAGES,
        MESSAGE,
        SHEET,
        LINE,
        WHOLE
    }

    public Locator {
        Objects.requireNonNull(kind, "kind");
        if (last < first) {
            throw new IllegalArgumentException("range ends before it starts: " + first + "-" + last);
        }
    }

    public static Locator pages(int first, int last) {
        return new Locator(Kind.PAGES, first, last, null);
    }

    public static Locator message(int n) {
        return new Locator(Kind.MESSAGE, n, n, null);
    }

    public static Locator line(int n) {
        return new Locator(Kind.LINE, n, n, null);
    }

    public static Locator sheet(String name) {
        return new Locator(Kind.SHEET, 0, 0, name);
    }

    public static Locator whole() {
        return new Locator(Kind.WHOLE, 0, 0, null);
    }

    /** The human form used in exports: {@code pages 3-4}, {@code page 3}, {@code message 2}, {@code sheet X}. */
    public String label() {
        return switch (kind) {
            case PAGES -> first == last ? "page " + first : "pages " + first + "-" + last;
            case MESSAGE -> "message " + first;
            case LINE -> "line " + first;
            case SHEET -> "sheet " + sheet;
            case WHOLE -> "";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
