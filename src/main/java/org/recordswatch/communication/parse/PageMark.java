package org.recordswatch.communication.parse;

/**
 * Page furniture recognised on a print-out page and kept out of the message text: running headers and footers, Bates
 * numbers, page numbers and the mailbox banner a mail client prints above each message.
 *
 * @param page the page number
 * @param kind what was recognised
 * @param text the line as printed (for {@link Kind#BATES}: the Bates number itself)
 */
public record PageMark(int page, Kind kind, String text) {

    public enum Kind {
        HEADER,
        FOOTER,
        BATES,
        PAGE_NUMBER,
        BANNER
    }
}
