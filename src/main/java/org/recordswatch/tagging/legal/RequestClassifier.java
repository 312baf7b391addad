package org.recordswatch.tagging.legal;

import java.util.List;
import java.util.regex.Pattern;
import org.recordswatch.tagging.detect.TextSegment;
import org.recordswatch.tagging.text.CueKind;
import org.recordswatch.tagging.text.Cues;
import org.recordswatch.tagging.text.Sentence;
import org.recordswatch.tagging.text.TextLayout;

/**
 * Decides whether a message asks for personal data: a question or request (outside the signature) that names a kind
 * of personal data or a person, or an attached compulsory process ({@code YOU ARE COMMANDED to produce},
 * {@code it is ORDERED that}).
 */
public final class RequestClassifier {

    private static final Pattern PERSON = Pattern.compile(
            "\\b[A-Z]{2,}(?:-[A-Z]{2,})?,\\s+[A-Z][a-z]+|\\bD\\.?O\\.?B\\b"
                    + "|\\b(?:him|her|them|he|she|this\\s+(?:person|individual|subject|one))\\b");
    private static final Pattern COMPULSION = Pattern.compile(
            "(?i)\\b(?:commanded\\s+to\\s+(?:produce|appear)|ORDERED\\s+that"
                    + "|produce\\s+(?:all|any|the\\s+following)\\s+(?:records|documents)"
                    + "|records\\s+(?:relating|concerning|pertaining)\\s+to|directing\\s+production)\\b");

    private final Cues cues;

    public RequestClassifier(Cues cues) {
        this.cues = cues;
    }

    /** Whether the body or an attachment asks for personal data. */
    public boolean asksForData(TextSegment body, List<TextSegment> attachments) {
        if (asks(body.layout())) {
            return true;
        }
        for (TextSegment a : attachments) {
            if (COMPULSION.matcher(a.text().folded()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean asks(TextLayout layout) {
        String f = layout.text().folded();
        for (Sentence s : layout.sentences()) {
            if (!s.question() && !s.request()) {
                continue;
            }
            if (layout.inSignature(s.start(), s.end())) {
                continue;
            }
            String t = f.substring(s.start(), s.end());
            if (cues.find(CueKind.DATA_NOUN, t) || PERSON.matcher(t).find() || COMPULSION.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
