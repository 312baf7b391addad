package org.recordswatch.tagging.detect;

/**
 * Which text of a message a hit was found in.
 *
 * @param kind the message's own body, its subject, or one of its attachments
 * @param index the attachment's position among the message's attachments (0 for body and subject)
 * @param name the attachment's file name (null for body and subject)
 */
public record TextSource(Kind kind, int index, String name) {

    public enum Kind {
        BODY,
        SUBJECT,
        ATTACHMENT
    }

    public static final TextSource BODY = new TextSource(Kind.BODY, 0, null);
    public static final TextSource SUBJECT = new TextSource(Kind.SUBJECT, 0, null);

    public static TextSource attachment(int index, String name) {
        return new TextSource(Kind.ATTACHMENT, index, name);
    }
}
