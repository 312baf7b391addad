package org.recordswatch.tagging.detect;

import java.util.Objects;
import java.util.Set;
import org.recordswatch.tagging.text.Cues;
import org.recordswatch.tagging.text.FoldedText;
import org.recordswatch.tagging.text.TextLayout;

/**
 * One text of a message laid out for detectors: the body (with its signature found), the subject, or an attachment.
 */
public record TextSegment(TextSource source, TextLayout layout, Set<String> languages) {

    public TextSegment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        languages = Set.copyOf(languages);
    }

    /** A message body: its signature is looked for, using the sender's name and the splitter's hint. */
    public static TextSegment body(String text, Cues cues, String senderName, String signatureHint,
            boolean mayHaveSignature) {
        FoldedText f = FoldedText.of(text);
        return new TextSegment(TextSource.BODY, TextLayout.of(f, cues, senderName, signatureHint, mayHaveSignature),
                Languages.guess(f.folded()));
    }

    /** An attachment's text (no signature). */
    public static TextSegment attachment(int index, String name, String text, Cues cues) {
        FoldedText f = FoldedText.of(text);
        return new TextSegment(TextSource.attachment(index, name), TextLayout.of(f, cues, null, null, false),
                Languages.guess(f.folded()));
    }

    /** A subject line. */
    public static TextSegment subject(String text, Cues cues) {
        FoldedText f = FoldedText.of(text);
        return new TextSegment(TextSource.SUBJECT, TextLayout.of(f, cues, null, null, false),
                Languages.guess(f.folded()));
    }

    public FoldedText text() {
        return layout.text();
    }
}
