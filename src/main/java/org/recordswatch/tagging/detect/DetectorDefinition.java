package org.recordswatch.tagging.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One detector of a category or a legal basis, as data an administrator can edit.
 *
 * @param id stable identifier, unique in the taxonomy ({@code ssn.labelled}); recorded on every hit
 * @param type how it reads a message
 * @param pattern the regular expression ({@link DetectorType#PATTERN}); may use {@code {{FRAGMENT}}} references
 * @param keywords the phrases ({@link DetectorType#KEYWORDS})
 * @param attachmentName for {@link DetectorType#ATTACHMENT}: a regular expression the file name must match (empty: any)
 * @param attachmentMediaType for {@link DetectorType#ATTACHMENT}: a regular expression the media type must match
 * @param attachmentExclude for {@link DetectorType#ATTACHMENT}: file names that never count (logos, signatures)
 * @param caseSensitive whether a pattern is case sensitive (keywords never are)
 * @param validator the name of a value check ({@code ssn}, {@code itin}, {@code vin}, {@code birthdate},
 *     {@code phone}, {@code plate}), or null
 * @param valueSet for values that must not be one of a set the engine knows ({@code staff_phones}), or null
 * @param languages the languages it is written for ({@code en}, {@code es}); empty means any
 * @param confidence the confidence of a hit, 0 to 1
 * @param suppressIn zones where a match does not count
 * @param require context rules that must all hold
 * @param exclude context rules none of which may hold
 * @param enabled whether the detector runs
 * @param note a remark for administrators
 */
public record DetectorDefinition(String id, DetectorType type, String pattern, List<String> keywords,
        String attachmentName, String attachmentMediaType, String attachmentExclude, boolean caseSensitive,
        String validator, String valueSet, Set<String> languages, double confidence, Set<Zone> suppressIn,
        List<ContextRule> require, List<ContextRule> exclude, boolean enabled, String note) {

    public DetectorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        suppressIn = suppressIn == null || suppressIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(suppressIn));
        require = require == null ? List.of() : List.copyOf(require);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** A pattern detector with the given confidence, suppressed in signatures; refine with the {@code with} methods. */
    public static DetectorDefinition pattern(String id, String pattern, double confidence) {
        return new DetectorDefinition(id, DetectorType.PATTERN, pattern, List.of(), null, null, null, false, null,
                null, Set.of(), confidence, Set.of(Zone.SIGNATURE), List.of(), List.of(), true, null);
    }

    /** A keyword detector with the given confidence, suppressed in signatures, questions, negations and hedges. */
    public static DetectorDefinition keywords(String id, List<String> keywords, double confidence) {
        return new DetectorDefinition(id, DetectorType.KEYWORDS, null, keywords, null, null, null, false, null, null,
                Set.of(), confidence, EnumSet.of(Zone.SIGNATURE, Zone.QUESTION, Zone.NEGATED, Zone.HEDGED),
                List.of(), List.of(), true, null);
    }

    public DetectorDefinition withSuppressIn(Set<Zone> zones) {
        return new DetectorDefinition(id, type, pattern, keywords, attachmentName, attachmentMediaType,
                attachmentExclude, caseSensitive, validator, valueSet, languages, confidence, zones, require,
                exclude, enabled, note);
    }

    public DetectorDefinition withValidator(String name) {
        return new DetectorDefinition(id, type, pattern, keywords, attachmentName, attachmentMediaType,
                attachmentExclude, caseSensitive, name, valueSet, languages, confidence, suppressIn, require,
                exclude, enabled, note);
    }

    public DetectorDefinition withContext(List<ContextRule> required, List<ContextRule> excluded) {
        return new DetectorDefinition(id, type, pattern, keywords, attachmentName, attachmentMediaType,
                attachmentExclude, caseSensitive, validator, valueSet, languages, confidence, suppressIn, required,
                excluded, enabled, note);
    }

    public DetectorDefinition withLanguages(Set<String> codes) {
        return new DetectorDefinition(id, type, pattern, keywords, attachmentName, attachmentMediaType,
                attachmentExclude, caseSensitive, validator, valueSet, codes, confidence, suppressIn, require,
                exclude, enabled, note);
    }

    public DetectorDefinition withEnabled(boolean on) {
        return new DetectorDefinition(id, type, pattern, keywords, attachmentName, attachmentMediaType,
                attachmentExclude, caseSensitive, validator, valueSet, languages, confidence, suppressIn, require,
                exclude, on, note);
    }

    /** A list of detectors with this one added, or replacing the one with its id where it stood. */
    public List<DetectorDefinition> into(List<DetectorDefinition> detectors) {
        List<DetectorDefinition> list = new ArrayList<>();
        boolean replaced = false;
        for (DetectorDefinition d : detectors) {
            if (d.id().equals(id)) {
                list.add(this);
                replaced = true;
            } else {
                list.add(d);
            }
        }
        if (!replaced) {
            list.add(this);
        }
        return list;
    }
}
