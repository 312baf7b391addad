package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.text.CueKind;

/** Administrators change what is detected by editing data: categories, detectors, cues. No code change. */
class TaxonomyAsDataTest {

    @Test
    void aNewCategoryWithItsDetectorWorksWithoutCodeChanges() {
        String json = """
                {"version": 7,
                 "fragments": {"PASSPORT": "[A-Z]{1,2}\\\\d{6,8}"},
                 "cues": {"negation": ["\\\\bnot\\\\b"]},
                 "categories": [
                   {"code": "passport_number", "labels": {"en": "Passport number", "es": "Numero de pasaporte"},
                    "threshold": 0.6,
                    "detectors": [
                      {"id": "passport.labelled", "type": "pattern", "case_sensitive": true,
                       "pattern": "(?i:passport|pasaporte)(?i:\\\\s+(?:no\\\\.?|number|numero))?\\\\s*[:#]?\\\\s*(?<value>{{PASSPORT}})",
                       "confidence": 0.9, "languages": ["en", "es"]},
                      {"id": "passport.keyword", "type": "keywords", "keywords": ["passport copy"], "confidence": 0.55}
                    ]}]}
                """;
        Taxonomy t = TaxonomyJson.read(json);
        assertEquals(7, t.version());
        TextScanner scanner = new TextScanner(CompiledTaxonomy.compile(t));
        List<CategoryHit> hits = scanner.categories(TextSegment.body("Su pasaporte numero G1234567 vence pronto.",
                CompiledTaxonomy.compile(t).cues(), null, null, false), DetectionContext.empty());
        assertEquals(1, hits.size());
        assertEquals("passport_number", hits.get(0).category().value());
        assertEquals("G1234567", hits.get(0).excerpt());
        assertEquals("passport.labelled", hits.get(0).detectorId());
        assertEquals(0.6, CompiledTaxonomy.compile(t).threshold(CategoryCode.of("passport_number")));
    }

    @Test
    void disablingADetectorStopsIt() {
        Taxonomy seed = TaxonomyJson.seed();
        CategoryDefinition religion = seed.category(CategoryCode.of("religion")).orElseThrow();
        CategoryDefinition quiet = religion;
        for (DetectorDefinition d : religion.detectors()) {
            quiet = quiet.withDetector(d.withEnabled(false));
        }
        Taxonomy edited = seed.withCategory(quiet);
        assertEquals(seed.version() + 1, edited.version());
        TextScanner scanner = new TextScanner(CompiledTaxonomy.compile(edited));
        assertEquals(List.of(), scanner.categories(TextSegment.body("He attends mass every Sunday.",
                scanner.taxonomy().cues(), null, null, false), DetectionContext.empty()));
    }

    @Test
    void cuesAreDataToo() {
        Taxonomy seed = TaxonomyJson.seed();
        List<String> more = new java.util.ArrayList<>(seed.cues().get(CueKind.HEDGE));
        more.add("\\bpeut-etre\\b");
        Taxonomy edited = seed.withCues(CueKind.HEDGE, more);
        assertTrue(CompiledTaxonomy.compile(edited).cues().find(CueKind.HEDGE, "il est peut-etre parti"));
    }

    @Test
    void everyProblemIsReportedWithWhereItIs() {
        String json = """
                {"fragments": {"A": "{{B}}", "B": "{{A}}"},
                 "cues": {"negation": ["(unclosed"]},
                 "categories": [
                   {"code": "x_one", "detectors": [
                      {"id": "dup", "type": "pattern", "pattern": "[a-", "confidence": 0.5},
                      {"id": "dup", "type": "keywords", "keywords": [], "confidence": 1.5},
                      {"id": "v", "type": "pattern", "pattern": "\\\\d+", "validator": "nope"},
                      {"id": "f", "type": "pattern", "pattern": "{{MISSING}}"},
                      {"id": "s", "type": "pattern", "pattern": "x", "value_set": "secret_list"},
                      {"id": "a", "type": "attachment", "attachment": {}}
                   ]}]}
                """;
        List<DefinitionProblem> problems = CompiledTaxonomy.check(TaxonomyJson.read(json));
        String all = problems.toString();
        assertTrue(all.contains("refers to itself"), all);
        assertTrue(all.contains("cues.negation"), all);
        assertTrue(all.contains("[dup]: bad pattern"), all);
        assertTrue(all.contains("duplicate detector id"), all);
        assertTrue(all.contains("confidence must be between 0 and 1"), all);
        assertTrue(all.contains("a keyword detector needs keywords"), all);
        assertTrue(all.contains("unknown validator nope"), all);
        assertTrue(all.contains("unknown fragment {{MISSING}}"), all);
        assertTrue(all.contains("unknown value set secret_list"), all);
        assertTrue(all.contains("needs a name or a media type"), all);
        assertThrows(InvalidTaxonomyException.class, () -> CompiledTaxonomy.compile(TaxonomyJson.read(json)));
    }

    @Test
    void structuralMistakesAreRefusedWhenReading() {
        InvalidTaxonomyException e = assertThrows(InvalidTaxonomyException.class, () -> TaxonomyJson.read("""
                {"cues": {"shouting": []},
                 "categories": [{"code": "Bad Code"}, {"code": "ok_code", "detectors": [
                     {"type": "pattern"}, {"id": "z", "type": "regexp"}, {"id": "y", "suppress_in": ["lunch"]}]}]}
                """));
        String all = e.problems().toString();
        assertTrue(all.contains("unknown cue kind"), all);
        assertTrue(all.contains("categories[Bad Code]"), all);
        assertTrue(all.contains("a detector needs an id"), all);
        assertTrue(all.contains("unknown type regexp"), all);
        assertTrue(all.contains("unknown zone lunch"), all);
        assertThrows(InvalidTaxonomyException.class, () -> TaxonomyJson.read("not json"));
    }

    @Test
    void keywordsMatchWholeWordsWhateverTheirAccentsOrCase() {
        TextScanner scanner = new TextScanner(CompiledTaxonomy.compile(TaxonomyJson.read("""
                {"categories": [{"code": "kw", "detectors": [
                  {"id": "kw.terms", "type": "keywords", "keywords": ["situación migratoria", "asylum"],
                   "suppress_in": []}]}]}
                """)));
        java.util.function.Function<String, Set<String>> run = text -> Seed.detectorIds(scanner.categories(
                TextSegment.body(text, scanner.taxonomy().cues(), null, null, false), DetectionContext.empty()));
        assertEquals(Set.of("kw.terms"), run.apply("Su SITUACION   migratoria es irregular."));
        assertEquals(Set.of("kw.terms"), run.apply("She sought asylum."));
        assertEquals(Set.of(), run.apply("The asylums closed."));
    }
}
