package org.recordswatch.tagging.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test support: the seed taxonomy compiled once, and short ways to run it over a text. */
public final class Seed {

    public static final CompiledTaxonomy TAXONOMY = CompiledTaxonomy.compile(TaxonomyJson.seed());
    public static final TextScanner SCANNER = new TextScanner(TAXONOMY);

    private Seed() {
    }

    /** Hits in a message body (signature looked for, no sender name). */
    public static List<CategoryHit> hits(String body) {
        return SCANNER.categories(TextSegment.body(body, TAXONOMY.cues(), null, null, true), DetectionContext.empty());
    }

    /** Hits in a message body with a known sender name. */
    public static List<CategoryHit> hits(String body, String sender) {
        return SCANNER.categories(TextSegment.body(body, TAXONOMY.cues(), sender, null, true),
                DetectionContext.empty());
    }

    /** Hits in an attachment's text. */
    public static List<CategoryHit> attachmentHits(String text) {
        return SCANNER.categories(TextSegment.attachment(0, "attachment.pdf", text, TAXONOMY.cues()),
                DetectionContext.empty());
    }

    /** The categories a body reveals (hits at or above their thresholds). */
    public static Set<String> categories(String body) {
        return counted(hits(body));
    }

    public static Set<String> counted(List<CategoryHit> hits) {
        Set<String> out = new TreeSet<>();
        for (CategoryHit h : hits) {
            if (h.confidence() >= TAXONOMY.threshold(h.category())) {
                out.add(h.category().value());
            }
        }
        return out;
    }

    public static Set<String> detectorIds(List<CategoryHit> hits) {
        return hits.stream().map(CategoryHit::detectorId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Legal-basis detector ids found in a text. */
    public static Set<String> basisDetectors(String text) {
        List<Finding> found = new ArrayList<>(SCANNER.legalBases(TextSegment.body(text, TAXONOMY.cues(), null, null,
                false)));
        return found.stream().map(Finding::detectorId).collect(Collectors.toCollection(TreeSet::new));
    }
}
