package org.recordswatch.tagging.detect;

import java.util.List;
import java.util.Objects;

/**
 * Words that must (or must not) occur near a match for the detector to count it.
 *
 * @param scope where to look
 * @param chars how far, for {@link ContextScope#BEFORE}, {@link ContextScope#AFTER} and {@link ContextScope#AROUND}
 * @param patterns regular expressions over folded text, case insensitive; any one of them is enough
 */
public record ContextRule(ContextScope scope, int chars, List<String> patterns) {

    public ContextRule {
        Objects.requireNonNull(scope, "scope");
        patterns = List.copyOf(patterns);
        if (chars < 0) {
            throw new IllegalArgumentException("chars must not be negative");
        }
    }

    public static ContextRule of(ContextScope scope, int chars, String... patterns) {
        return new ContextRule(scope, chars, List.of(patterns));
    }
}
