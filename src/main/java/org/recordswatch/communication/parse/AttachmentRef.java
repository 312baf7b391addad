package org.recordswatch.communication.parse;

/**
 * An attachment carried by a message. It stays attached to the message that carried it (a forward that re-attaches
 * the file carries its own reference).
 *
 * @param documentId the {@link SourceDocument#id()} of the attachment's own node when Tika extracted it as an embedded
 *     document; {@code null} when the attachment is only known by name (listed in a print-out header) or printed
 *     inline after the message
 * @param name the file name
 * @param mediaType its media type when known
 * @param printedText the attachment's text when it was printed after the message in a print-out (the text then belongs
 *     to the attachment, not to the message's own text); empty otherwise
 */
public record AttachmentRef(String documentId, String name, String mediaType, String printedText) {

    public AttachmentRef {
        printedText = printedText == null ? "" : printedText;
    }

    public static AttachmentRef named(String name) {
        return new AttachmentRef(null, name, null, "");
    }
}
