package org.recordswatch.tagging.detect;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sensitive-data category and its detectors, as data.
 *
 * @param code the stable code
 * @param labels label per language ({@code en}, {@code es})
 * @param examples example phrasings (documentation for analysts; the seed copies taxonomy.json's)
 * @param threshold the confidence a hit needs for the message to count in this category
 * @param enabled whether the category is tagged at all
 * @param detectors its detectors
 */
public record CategoryDefinition(CategoryCode code, Map<String, String> labels, List<String> examples,
        double threshold, boolean enabled, List<DetectorDefinition> detectors) {

    public CategoryDefinition {
        Objects.requireNonNull(code, "code");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        examples = examples == null ? List.of() : List.copyOf(examples);
        detectors = detectors == null ? List.of() : List.copyOf(detectors);
    }

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", code.value()));
    }

    /** This category with one detector added or replaced (same id). */
    public CategoryDefinition withDetector(DetectorDefinition detector) {
        return new CategoryDefinition(code, labels, examples, threshold, enabled, detector.into(detectors));
    }
}
