package org.recordswatch.tagging.text;

/**
 * A sentence (or a list item, a table row, a {@code Label: value} line) of a text, by offsets.
 *
 * @param start first character
 * @param end one past the last character
 * @param question whether it asks (ends with a question mark or starts with an inverted one)
 * @param questionStart where the asking clause starts: a statement can lead into a question after a comma
 *     ({@code His wife is going to call me, what do I tell her?}); equals {@code start} otherwise
 * @param request whether it asks for something or offers it without stating it ({@code could you send},
 *     {@code let me know if you need})
 */
public record Sentence(int start, int end, boolean question, int questionStart, boolean request) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
