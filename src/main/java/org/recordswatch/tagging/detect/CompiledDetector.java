package org.recordswatch.tagging.detect;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A detector ready to run: its patterns compiled, its validator looked up.
 *
 * @param owner the category code, or the legal-basis code, the detector belongs to
 */
record CompiledDetector(String owner, DetectorDefinition definition, Pattern pattern, Pattern attachmentName,
        Pattern attachmentMediaType, Pattern attachmentExclude, Predicate<String> validator,
        List<CompiledRule> require, List<CompiledRule> exclude) {

    record CompiledRule(ContextScope scope, int chars, Pattern pattern) {
    }

    String id() {
        return definition.id();
    }

    double confidence() {
        return definition.confidence();
    }

    Set<Zone> suppressIn() {
        return definition.suppressIn();
    }

    boolean runsOn(Set<String> languages) {
        Set<String> own = definition.languages();
        if (own.isEmpty()) {
            return true;
        }
        for (String l : own) {
            if (languages.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
