package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SeedTaxonomyTest {

    private static final Set<String> TAXONOMY_CODES = Set.of("ssn", "itin", "immigration_status", "national_origin",
            "home_address", "shelter_or_homelessness", "date_of_birth", "drivers_license", "vehicle_registration",
            "photo", "phone_number", "employment_wage", "public_assistance", "health_disability",
            "court_or_appointment", "criminal_history", "family_members", "crime_victim",
            "sexual_orientation_gender_identity", "religion");

    @Test
    void seedCompilesWithoutProblems() {
        assertEquals(List.of(), CompiledTaxonomy.check(TaxonomyJson.seed()));
    }

    @Test
    void seedHasEveryTaxonomyCategoryWithEnglishAndSpanishLabelsAndDetectors() {
        Taxonomy seed = TaxonomyJson.seed();
        Set<String> codes = new TreeSet<>();
        for (CategoryDefinition c : seed.categories()) {
            codes.add(c.code().value());
            assertTrue(c.labels().containsKey("en") && c.labels().containsKey("es"), c.code() + " labels");
            assertTrue(!c.detectors().isEmpty(), c.code() + " has detectors");
        }
        assertEquals(new TreeSet<>(TAXONOMY_CODES), codes);
    }

    @Test
    void seedHasTheSixLegalBases() {
        Set<String> codes = new TreeSet<>();
        TaxonomyJson.seed().legalBases().forEach(b -> codes.add(b.code()));
        assertEquals(new TreeSet<>(Set.of("judicial_warrant", "court_order", "criminal_subpoena",
                "administrative_subpoena", "written_consent", "none_cited")), codes);
    }

    @Test
    void writingAndReadingGivesTheSameTaxonomy() {
        Taxonomy seed = TaxonomyJson.seed();
        Taxonomy again = TaxonomyJson.read(TaxonomyJson.write(seed));
        assertEquals(seed, again);
    }
}
