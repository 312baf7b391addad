package org.recordswatch.tagging.taxonomy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.recordswatch.tagging.detect.CategoryDefinition;
import org.recordswatch.tagging.detect.LegalBasisDefinition;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.detect.TaxonomyJson;

/**
 * Between the engine's {@link Taxonomy} and the stored rows: categories, legal bases and their detectors in their
 * tables, the rest (fragments, cues) as seed JSON in {@code taxonomy_state}. Pure; the unit tests check that a
 * taxonomy survives the trip.
 */
public final class TaxonomyMapping {

    private TaxonomyMapping() {
    }

    /** The parts of a taxonomy the screens do not edit, as JSON (the taxonomy without categories and legal bases). */
    public static String engineJson(Taxonomy taxonomy) {
        return TaxonomyJson.write(new Taxonomy(taxonomy.version(), taxonomy.fragments(), taxonomy.cues(), List.of(),
                List.of()));
    }

    /** The category rows of a taxonomy, in its order. */
    public static List<TaxonomyCategory> categories(Taxonomy taxonomy, Instant at, String by) {
        List<TaxonomyCategory> rows = new ArrayList<>();
        int i = 0;
        for (CategoryDefinition c : taxonomy.categories()) {
            rows.add(TaxonomyCategory.of(c, i++, at, by));
        }
        return rows;
    }

    /** The legal-basis rows of a taxonomy, in its order. */
    public static List<TaxonomyLegalBasis> legalBases(Taxonomy taxonomy, Instant at, String by) {
        List<TaxonomyLegalBasis> rows = new ArrayList<>();
        int i = 0;
        for (LegalBasisDefinition b : taxonomy.legalBases()) {
            rows.add(TaxonomyLegalBasis.of(b, i++, at, by));
        }
        return rows;
    }

    /** The taxonomy the engine compiles, from the stored rows (legal bases left in an older JSON are not read). */
    public static Taxonomy taxonomy(int version, String engineJson, List<TaxonomyCategory> categories,
            List<TaxonomyLegalBasis> legalBases) {
        Taxonomy engine = TaxonomyJson.read(engineJson);
        return new Taxonomy(version, engine.fragments(), engine.cues(),
                categories.stream().map(TaxonomyCategory::definition).toList(),
                legalBases.stream().map(TaxonomyLegalBasis::definition).toList());
    }

    /** SHA-256 of a text, hex: tells whether the seed resource changed since it was loaded. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
