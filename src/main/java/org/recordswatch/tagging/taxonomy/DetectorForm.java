package org.recordswatch.tagging.taxonomy;

import java.util.List;
import java.util.Set;
import org.recordswatch.tagging.detect.DetectorType;
import org.recordswatch.tagging.detect.Zone;

/**
 * What an administrator fills in for a detector. Lists are one entry per item; {@code requireRules} and
 * {@code excludeRules} are the advanced context rules as JSON (kept from the seed; usually left as they are).
 *
 * @param key the detector's id, unique in the taxonomy ({@code ssn.labelled}); fixed once created
 * @param contextWords plain words or phrases, any one of which must occur in the sentence of a match
 * @param excludingWords plain words or phrases none of which may occur in the sentence of a match
 */
public record DetectorForm(String key, DetectorType type, String pattern, List<String> keywords,
        List<String> contextWords, List<String> excludingWords, Set<String> languages, double confidence,
        boolean caseSensitive, String validator, String valueSet, Set<Zone> suppressIn, String requireRules,
        String excludeRules, String attachmentName, String attachmentMediaType, String attachmentExclude,
        boolean enabled, String note) {

    /** A keyword detector suppressed where the engine's keyword default suppresses it, enabled. */
    public static DetectorForm keywords(String key, List<String> keywords, double confidence) {
        return new DetectorForm(key, DetectorType.KEYWORDS, null, keywords, List.of(), List.of(), Set.of(),
                confidence, false, null, null, Set.of(Zone.SIGNATURE, Zone.QUESTION, Zone.NEGATED, Zone.HEDGED),
                null, null, null, null, null, true, null);
    }

    /** A pattern detector suppressed in signatures, enabled. */
    public static DetectorForm pattern(String key, String pattern, double confidence) {
        return new DetectorForm(key, DetectorType.PATTERN, pattern, List.of(), List.of(), List.of(), Set.of(),
                confidence, false, null, null, Set.of(Zone.SIGNATURE), null, null, null, null, null, true, null);
    }
}
