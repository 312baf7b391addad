package org.recordswatch.tagging.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.TaggableMessage;
import org.recordswatch.tagging.TaggingEngine;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.CompiledTaxonomy;
import org.recordswatch.tagging.detect.ContextRule;
import org.recordswatch.tagging.detect.ContextScope;
import org.recordswatch.tagging.detect.DefinitionProblem;
import org.recordswatch.tagging.detect.DetectorDefinition;
import org.recordswatch.tagging.detect.DetectorType;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;

/** The stored rows and the engine's taxonomy describe the same thing: nothing is lost or invented on the way. */
class TaxonomyMappingTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    private static Taxonomy stored(Taxonomy t, List<TaxonomyCategory> rows) {
        return stored(t, rows, TaxonomyMapping.legalBases(t, AT, "system"));
    }

    private static Taxonomy stored(Taxonomy t, List<TaxonomyCategory> rows, List<TaxonomyLegalBasis> bases) {
        return TaxonomyMapping.taxonomy(t.version(), TaxonomyMapping.engineJson(t), rows, bases);
    }

    @Test
    void theSeedSurvivesTheTripThroughTheTables() {
        Taxonomy seed = TaxonomyJson.seed();
        Taxonomy back = stored(seed, TaxonomyMapping.categories(seed, AT, "system"),
                TaxonomyMapping.legalBases(seed, AT, "system"));
        assertEquals(TaxonomyJson.write(seed), TaxonomyJson.write(back));
        assertEquals(seed.categories(), back.categories());
        assertEquals(seed.legalBases(), back.legalBases());
        assertEquals(seed.fragments(), back.fragments());
        assertEquals(seed.cues(), back.cues());
    }

    @Test
    void theSeedCodesAreThoseOfTheEvaluationTaxonomy() {
        List<String> codes = TaxonomyMapping.categories(TaxonomyJson.seed(), AT, "system").stream()
                .map(TaxonomyCategory::getCode).toList();
        assertEquals(List.of("ssn", "itin", "immigration_status", "national_origin", "home_address",
                "shelter_or_homelessness", "date_of_birth", "drivers_license", "vehicle_registration", "photo",
                "phone_number", "employment_wage", "public_assistance", "health_disability", "court_or_appointment",
                "criminal_history", "family_members", "crime_victim", "sexual_orientation_gender_identity",
                "religion"), codes);
    }

    @Test
    void aFormStoresEveryFieldTheEngineReads() {
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        c.describe(new CategoryForm("pet_name", "Pet name", "Nombre de mascota", "Names of pets", List.of("dog Rex"),
                0.7, true), AT, "admin");
        DetectorForm form = new DetectorForm("pet.keyword", DetectorType.KEYWORDS, null,
                List.of("pet name", "nombre del perro"), List.of(), List.of("toy"), Set.of("EN", "es"), 0.8, false,
                null, null, Set.of(org.recordswatch.tagging.detect.Zone.SIGNATURE),
                "[{\"scope\":\"text\",\"chars\":0,\"patterns\":[\"\\\\bowner\\\\b\"]}]", null, null, null, null,
                true, "a note");
        c.saveDetector(form, AT, "admin");
        DetectorDefinition d = c.definition().detectors().get(0);
        assertEquals("pet.keyword", d.id());
        assertEquals(DetectorType.KEYWORDS, d.type());
        assertEquals(List.of("pet name", "nombre del perro"), d.keywords());
        assertEquals(Set.of("en", "es"), d.languages());
        assertEquals(0.8, d.confidence());
        assertEquals(List.of(ContextRule.of(ContextScope.TEXT, 0, "\\bowner\\b")), d.require());
        assertEquals(1, d.exclude().size());
        assertEquals(ContextScope.SENTENCE, d.exclude().get(0).scope());
        assertEquals("a note", d.note());
        assertEquals("Nombre de mascota", c.definition().label("es"));
        assertEquals(0.7, c.definition().threshold());
        assertEquals(form.keywords(), c.detector("pet.keyword").orElseThrow().form().keywords());
        assertEquals(List.of("toy"), c.detector("pet.keyword").orElseThrow().form().excludingWords());
    }

    private static List<CategoryHit> run(TaxonomyCategory c, String body) {
        Taxonomy seed = TaxonomyJson.seed();
        Taxonomy t = new Taxonomy(1, seed.fragments(), seed.cues(), List.of(c.definition()), List.of());
        return TaggingEngine.create(AgencyDirectory.of(List.of()), t)
                .hits(TaggableMessage.builder("m").body(body).build());
    }

    @Test
    void contextWordsMustBeInTheSentenceOfTheMatch() {
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        c.describe(new CategoryForm("pet_name", "Pet name", null, null, List.of(), 0.5, true), AT, "admin");
        c.saveDetector(new DetectorForm("pet.name", DetectorType.PATTERN, "\\b(?:named|llamado)\\s+(?<value>[A-Z]\\w+)",
                List.of(), List.of("dog", "perro"), List.of(), Set.of(), 0.9, true, null, null, Set.of(), null, null,
                null, null, null, true, null), AT, "admin");
        assertEquals(List.of("Rex"), run(c, "The client has a dog named Rex at home.").stream()
                .map(CategoryHit::excerpt).toList());
        assertEquals(List.of("Toby"), run(c, "Tiene un PERRO llamado Toby.").stream()
                .map(CategoryHit::excerpt).toList());
        assertEquals(List.of(), run(c, "The dog barked. A man named Rex called.").stream()
                .map(CategoryHit::excerpt).toList());
    }

    @Test
    void excludingWordsSilenceAMatch() {
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        c.describe(new CategoryForm("pet_name", "Pet name", null, null, List.of(), 0.5, true), AT, "admin");
        c.saveDetector(DetectorForm.keywords("pet.keyword", List.of("guinea pig"), 0.8), AT, "admin");
        assertEquals(1, run(c, "She keeps a guinea pig at home.").size());
        DetectorForm excluding = new DetectorForm("pet.keyword", DetectorType.KEYWORDS, null, List.of("guinea pig"),
                List.of(), List.of("experiment"), Set.of(), 0.8, false, null, null, Set.of(), null, null, null, null,
                null, true, null);
        c.saveDetector(excluding, AT, "admin");
        assertEquals(1, c.getDetectors().size());
        assertEquals(List.of(), run(c, "He was a guinea pig in the experiment."));
    }

    @Test
    void aBadPatternIsReportedWithTheDetectorNamed() {
        Taxonomy seed = TaxonomyJson.seed();
        List<TaxonomyCategory> rows = TaxonomyMapping.categories(seed, AT, "system");
        TaxonomyCategory ssn = rows.get(0);
        ssn.saveDetector(DetectorForm.pattern("ssn.broken", "(?<value>\\d{3", 0.9), AT, "admin");
        List<DefinitionProblem> problems = CompiledTaxonomy.check(stored(seed, rows));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).where().contains("detectors[ssn.broken]"), problems.get(0).where());
    }

    @Test
    void aDuplicateDetectorKeyAcrossCategoriesIsReported() {
        Taxonomy seed = TaxonomyJson.seed();
        List<TaxonomyCategory> rows = TaxonomyMapping.categories(seed, AT, "system");
        rows.get(1).saveDetector(DetectorForm.pattern("ssn.labelled", "\\bfoo\\b", 0.9), AT, "admin");
        assertFalse(CompiledTaxonomy.check(stored(seed, rows)).isEmpty());
    }

    @Test
    void disablingIsStoredAndHonoured() {
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        c.describe(new CategoryForm("pet_name", "Pet name", null, null, List.of(), 0.5, true), AT, "admin");
        c.saveDetector(DetectorForm.keywords("pet.keyword", List.of("guinea pig"), 0.8), AT, "admin");
        c.enableDetector("pet.keyword", false, AT, "admin");
        assertFalse(c.definition().detectors().get(0).enabled());
        assertEquals(List.of(), run(c, "She keeps a guinea pig at home."));
        c.enableDetector("pet.keyword", true, AT, "admin");
        c.enable(false, AT, "admin");
        assertFalse(c.definition().enabled());
        assertEquals(List.of(), run(c, "She keeps a guinea pig at home."));
    }

    @Test
    void removingADetectorRenumbersTheRest() {
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        c.describe(new CategoryForm("pet_name", "Pet name", null, null, List.of(), 0.5, true), AT, "admin");
        c.saveDetector(DetectorForm.keywords("pet.a", List.of("hamster"), 0.8), AT, "admin");
        c.saveDetector(DetectorForm.keywords("pet.b", List.of("parrot"), 0.8), AT, "admin");
        c.removeDetector("pet.a", AT, "admin");
        assertEquals(List.of("pet.b"), c.definition().detectors().stream().map(DetectorDefinition::id).toList());
        assertEquals(0, c.getDetectors().get(0).getPosition());
    }

    @Test
    void invalidInputIsRefusedWithAMessageKey() {
        assertEquals("taxonomy.codeInvalid",
                assertThrows(IllegalArgumentException.class, () -> new TaxonomyCategory("Bad Code", 0)).getMessage());
        TaxonomyCategory c = new TaxonomyCategory("pet_name", 0);
        assertEquals("taxonomy.labelRequired", assertThrows(IllegalArgumentException.class,
                () -> c.describe(new CategoryForm("pet_name", " ", null, null, null, 0.5, true), AT, "a"))
                .getMessage());
        assertEquals("taxonomy.thresholdInvalid", assertThrows(IllegalArgumentException.class,
                () -> c.describe(new CategoryForm("pet_name", "Pet", null, null, null, 1.5, true), AT, "a"))
                .getMessage());
        assertEquals("taxonomy.detectorKeyInvalid", assertThrows(IllegalArgumentException.class,
                () -> c.saveDetector(DetectorForm.keywords("has space", List.of("x"), 0.5), AT, "a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContextRules.fromJson("{not json"));
        assertThrows(IllegalArgumentException.class,
                () -> ContextRules.fromJson("[{\"scope\":\"nowhere\",\"patterns\":[\"x\"]}]"));
    }

    @Test
    void theLegalBasesAreNoLongerKeptInTheJson() {
        Taxonomy seed = TaxonomyJson.seed();
        assertEquals(List.of(), TaxonomyJson.read(TaxonomyMapping.engineJson(seed)).legalBases());
        assertEquals(List.of(), stored(seed, List.of(), List.of()).legalBases(),
                "the rows hold the legal bases, whatever an older JSON still holds");
    }

    private static TaxonomyLegalBasis basis(String code) {
        return TaxonomyMapping.legalBases(TaxonomyJson.seed(), AT, "system").stream()
                .filter(b -> b.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static LegalBasis classify(TaxonomyLegalBasis b, String body) {
        Taxonomy seed = TaxonomyJson.seed();
        Taxonomy t = new Taxonomy(1, seed.fragments(), seed.cues(), List.of(), List.of(b.definition()));
        return TaggingEngine.create(AgencyDirectory.of(List.of()), t)
                .legalBasis(TaggableMessage.builder("m").body(body).build()).basis();
    }

    @Test
    void aLegalBasisFormStoresLabelsAndRank() {
        TaxonomyLegalBasis b = basis("written_consent");
        b.describe(new LegalBasisForm("written_consent", "Signed consent", " ", 3), AT, "admin");
        assertEquals(3, b.definition().rank());
        assertEquals("Signed consent", b.definition().labels().get("en"));
        assertEquals("Signed consent", b.definition().labels().get("es"), "an empty Spanish label is the English one");
        assertEquals("admin", b.getUpdatedBy());
        assertEquals(b.getDetectors().size(), b.definition().detectors().size());
    }

    @Test
    void aDetectorAddedToALegalBasisChangesWhatARequestCites() {
        String request = "Please send the file; attached is her notarized release form.";
        TaxonomyLegalBasis b = basis("written_consent");
        assertEquals(LegalBasis.NONE_CITED, classify(b, request));
        b.saveDetector(DetectorForm.keywords("basis.release_form", List.of("notarized release form"), 0.9), AT,
                "admin");
        assertEquals(LegalBasis.WRITTEN_CONSENT, classify(b, request));
        b.enableDetector("basis.release_form", false, AT, "admin");
        assertEquals(LegalBasis.NONE_CITED, classify(b, request));
        b.removeDetector("basis.release_form", AT, "admin");
        assertTrue(b.detector("basis.release_form").isEmpty());
    }

    @Test
    void aBadPatternOrAnAttachmentDetectorInALegalBasisIsReportedWithTheDetectorNamed() {
        Taxonomy seed = TaxonomyJson.seed();
        List<TaxonomyLegalBasis> bases = TaxonomyMapping.legalBases(seed, AT, "system");
        TaxonomyLegalBasis warrant = bases.get(0);
        warrant.saveDetector(DetectorForm.pattern("basis.broken", "\\bwarrant(", 0.9), AT, "admin");
        List<DefinitionProblem> problems = CompiledTaxonomy.check(stored(seed, List.of(), bases));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("legal_bases[judicial_warrant].detectors[basis.broken]", problems.get(0).where());

        warrant.removeDetector("basis.broken", AT, "admin");
        warrant.saveDetector(new DetectorForm("basis.photo", DetectorType.ATTACHMENT, null, List.of(), List.of(),
                List.of(), Set.of(), 0.9, false, null, null, Set.of(), null, null, "warrant", null, null, true, null),
                AT, "admin");
        assertFalse(CompiledTaxonomy.check(stored(seed, List.of(), bases)).isEmpty());
    }

    @Test
    void invalidLegalBasisInputIsRefusedWithAMessageKey() {
        TaxonomyLegalBasis b = basis("court_order");
        assertEquals("taxonomy.rankInvalid", assertThrows(IllegalArgumentException.class,
                () -> b.describe(new LegalBasisForm("court_order", "Court order", null, 0), AT, "a")).getMessage());
        assertEquals("taxonomy.rankInvalid", assertThrows(IllegalArgumentException.class,
                () -> b.describe(new LegalBasisForm("court_order", "Court order", null, 100), AT, "a")).getMessage());
        assertEquals("taxonomy.labelRequired", assertThrows(IllegalArgumentException.class,
                () -> b.describe(new LegalBasisForm("court_order", "", null, 2), AT, "a")).getMessage());
        assertEquals("taxonomy.detectorKeyInvalid", assertThrows(IllegalArgumentException.class,
                () -> b.saveDetector(DetectorForm.keywords("Bad Key", List.of("x"), 0.5), AT, "a")).getMessage());
    }

    @Test
    void theSeedHashChangesWithTheSeed() {
        assertEquals(TaxonomyMapping.hash("a"), TaxonomyMapping.hash("a"));
        assertNotEquals(TaxonomyMapping.hash("a"), TaxonomyMapping.hash("b"));
        assertEquals(64, TaxonomyMapping.hash(TaxonomyRepository.seedText()).length());
    }
}
