package org.recordswatch.tagging;

/**
 * An attachment a message carried: its file name, media type and extracted text (empty for images or when only the
 * name is known, as in a print-out's {@code Attachments:} line). Categories found in it count for the message.
 */
public record AttachmentText(String name, String mediaType, String text) {

    public AttachmentText {
        text = text == null ? "" : text;
    }

    public static AttachmentText named(String name) {
        return new AttachmentText(name, null, "");
    }
}
