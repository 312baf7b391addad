package org.recordswatch.tagging.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recordswatch.tagging.text.CueKind;

/**
 * The whole taxonomy as data: categories with their detectors, legal bases with theirs, the language cues, and named
 * regular-expression fragments ({@code {{DATE}}}) the patterns share. This is what administrators edit and what the
 * engine compiles; the seed lives in {@code org/recordswatch/tagging/taxonomy-seed.json}.
 *
 * @param version increases with every saved edit
 * @param fragments named pattern pieces, referenced as {@code {{NAME}}}
 * @param cues language cues per kind
 * @param categories the sensitive-data categories
 * @param legalBases the legal bases of requests
 */
public record Taxonomy(int version, Map<String, String> fragments, Map<CueKind, List<String>> cues,
        List<CategoryDefinition> categories, List<LegalBasisDefinition> legalBases) {

    public Taxonomy {
        fragments = Collections.unmodifiableMap(new LinkedHashMap<>(fragments == null ? Map.of() : fragments));
        Map<CueKind, List<String>> c = new EnumMap<>(CueKind.class);
        if (cues != null) {
            cues.forEach((k, v) -> c.put(k, List.copyOf(v)));
        }
        cues = Collections.unmodifiableMap(c);
        categories = categories == null ? List.of() : List.copyOf(categories);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }

    public Optional<CategoryDefinition> category(CategoryCode code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** This taxonomy with a category added or replaced (same code), and the version increased. */
    public Taxonomy withCategory(CategoryDefinition category) {
        Objects.requireNonNull(category, "category");
        List<CategoryDefinition> list = new ArrayList<>();
        boolean replaced = false;
        for (CategoryDefinition c : categories) {
            if (c.code().equals(category.code())) {
                list.add(category);
                replaced = true;
            } else {
                list.add(c);
            }
        }
        if (!replaced) {
            list.add(category);
        }
        return new Taxonomy(version + 1, fragments, cues, list, legalBases);
    }

    /** This taxonomy with one cue list replaced and the version increased. */
    public Taxonomy withCues(CueKind kind, List<String> list) {
        Map<CueKind, List<String>> c = new EnumMap<>(CueKind.class);
        c.putAll(cues);
        c.put(kind, list);
        return new Taxonomy(version + 1, fragments, c, categories, legalBases);
    }
}
