package org.recordswatch.tagging.detect;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordswatch.tagging.text.CueKind;

/**
 * Reads and writes a {@link Taxonomy} as JSON (the seed resource, exports, and what the administration screens save).
 * Keys are snake_case; every field but {@code code}/{@code id} has a default. Reading reports every problem it finds
 * at once, with where it is.
 */
public final class TaxonomyJson {

    /** The class-path location of the seed taxonomy. */
    public static final String SEED = "/org/recordswatch/tagging/taxonomy-seed.json";

    private TaxonomyJson() {
    }

    /** The seed taxonomy shipped with the application. */
    public static Taxonomy seed() {
        try (InputStream in = TaxonomyJson.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Seed taxonomy missing from the class path: " + SEED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy read(String json) {
        return read(new StringReader(json));
    }

    /**
     * Reads a taxonomy.
     *
     * @throws InvalidTaxonomyException listing every structural problem (missing ids, unknown types or zones...)
     */
    public static Taxonomy read(Reader reader) {
        JsonObject root;
        try (JsonReader r = JSON.createReader(reader)) {
            root = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidTaxonomyException(List.of(new DefinitionProblem("$", "not a JSON object: "
                    + e.getMessage())));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        int version = root.getInt("version", 1);
        Map<String, String> fragments = new LinkedHashMap<>();
        JsonObject frag = object(root, "fragments");
        for (String k : frag.keySet()) {
            fragments.put(k, string(frag, k, ""));
        }
        Map<CueKind, List<String>> cues = new EnumMap<>(CueKind.class);
        JsonObject cueObject = object(root, "cues");
        for (String k : cueObject.keySet()) {
            try {
                cues.put(CueKind.fromKey(k), strings(cueObject, k));
            } catch (IllegalArgumentException e) {
                problems.add(new DefinitionProblem("cues." + k, "unknown cue kind"));
            }
        }
        List<CategoryDefinition> categories = new ArrayList<>();
        for (JsonValue v : array(root, "categories")) {
            JsonObject c = v.asJsonObject();
            String code = string(c, "code", "");
            String where = "categories[" + code + "]";
            CategoryCode categoryCode;
            try {
                categoryCode = CategoryCode.of(code);
            } catch (IllegalArgumentException e) {
                problems.add(new DefinitionProblem(where, e.getMessage()));
                continue;
            }
            categories.add(new CategoryDefinition(categoryCode, labels(c), strings(c, "examples"),
                    number(c, "threshold", 0.5), c.getBoolean("enabled", true), detectors(c, where, problems)));
        }
        List<LegalBasisDefinition> bases = new ArrayList<>();
        for (JsonValue v : array(root, "legal_bases")) {
            JsonObject b = v.asJsonObject();
            String code = string(b, "code", "");
            String where = "legal_bases[" + code + "]";
            if (code.isBlank()) {
                problems.add(new DefinitionProblem(where, "a legal basis needs a code"));
                continue;
            }
            bases.add(new LegalBasisDefinition(code, labels(b), b.getInt("rank", 99), detectors(b, where, problems)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(problems);
        }
        return new Taxonomy(version, fragments, cues, categories, bases);
    }

    private static List<DetectorDefinition> detectors(JsonObject owner, String where, List<DefinitionProblem> problems) {
        List<DetectorDefinition> list = new ArrayList<>();
        for (JsonValue v : array(owner, "detectors")) {
            JsonObject d = v.asJsonObject();
            String id = string(d, "id", "");
            String at = where + ".detectors[" + id + "]";
            if (id.isBlank()) {
                problems.add(new DefinitionProblem(at, "a detector needs an id"));
                continue;
            }
            DetectorType type;
            try {
                type = DetectorType.fromKey(string(d, "type", "pattern"));
            } catch (IllegalArgumentException e) {
                problems.add(new DefinitionProblem(at, "unknown type " + string(d, "type", "")));
                continue;
            }
            Set<Zone> zones = EnumSet.noneOf(Zone.class);
            List<String> zoneKeys = d.containsKey("suppress_in") ? strings(d, "suppress_in")
                    : type == DetectorType.KEYWORDS ? List.of("signature", "question", "negated", "hedged")
                    : List.of("signature");
            for (String z : zoneKeys) {
                try {
                    zones.add(Zone.fromKey(z));
                } catch (IllegalArgumentException e) {
                    problems.add(new DefinitionProblem(at, "unknown zone " + z));
                }
            }
            JsonObject attachment = object(d, "attachment");
            list.add(new DetectorDefinition(id, type, string(d, "pattern", null), strings(d, "keywords"),
                    string(attachment, "name", null), string(attachment, "media_type", null),
                    string(attachment, "exclude", null), d.getBoolean("case_sensitive", false),
                    string(d, "validator", null), string(d, "value_set", null),
                    new LinkedHashSet<>(strings(d, "languages")), number(d, "confidence", 0.8), zones,
                    rules(d, "require", at, problems), rules(d, "exclude", at, problems),
                    d.getBoolean("enabled", true), string(d, "note", null)));
        }
        return list;
    }

    private static List<ContextRule> rules(JsonObject d, String key, String at, List<DefinitionProblem> problems) {
        List<ContextRule> rules = new ArrayList<>();
        for (JsonValue v : array(d, key)) {
            JsonObject r = v.asJsonObject();
            try {
                rules.add(new ContextRule(ContextScope.fromKey(string(r, "scope", "sentence")), r.getInt("chars", 60),
                        strings(r, "patterns")));
            } catch (IllegalArgumentException e) {
                problems.add(new DefinitionProblem(at + "." + key, "bad context rule: " + e.getMessage()));
            }
        }
        return rules;
    }

    private static Map<String, String> labels(JsonObject o) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonObject l = object(o, "labels");
        for (String k : l.keySet()) {
            labels.put(k, string(l, k, ""));
        }
        return labels;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonObject jo ? jo : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonArray ja ? ja : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String string(JsonObject o, String key, String fallback) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : fallback;
    }

    private static double number(JsonObject o, String key, double fallback) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : fallback;
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> list = new ArrayList<>();
        for (JsonValue v : array(o, key)) {
            if (v instanceof JsonString s) {
                list.add(s.getString());
            }
        }
        return list;
    }

    // ---------------------------------------------------------------- writing

    /** Writes a taxonomy as pretty-printed JSON that {@link #read(String)} reads back to an equal taxonomy. */
    public static String write(Taxonomy taxonomy) {
        JsonObjectBuilder root = JSON.createObjectBuilder().add("format", "records-watch-taxonomy")
                .add("version", taxonomy.version());
        JsonObjectBuilder fragments = JSON.createObjectBuilder();
        taxonomy.fragments().forEach(fragments::add);
        root.add("fragments", fragments);
        JsonObjectBuilder cues = JSON.createObjectBuilder();
        taxonomy.cues().forEach((k, v) -> cues.add(k.key(), stringArray(v)));
        root.add("cues", cues);
        JsonArrayBuilder categories = JSON.createArrayBuilder();
        for (CategoryDefinition c : taxonomy.categories()) {
            categories.add(JSON.createObjectBuilder().add("code", c.code().value()).add("labels", labelObject(c.labels()))
                    .add("examples", stringArray(c.examples())).add("threshold", c.threshold())
                    .add("enabled", c.enabled()).add("detectors", detectorArray(c.detectors())));
        }
        root.add("categories", categories);
        JsonArrayBuilder bases = JSON.createArrayBuilder();
        for (LegalBasisDefinition b : taxonomy.legalBases()) {
            bases.add(JSON.createObjectBuilder().add("code", b.code()).add("labels", labelObject(b.labels()))
                    .add("rank", b.rank()).add("detectors", detectorArray(b.detectors())));
        }
        root.add("legal_bases", bases);
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter w = factory.createWriter(out)) {
            w.writeObject(root.build());
        }
        return out.toString().strip() + "\n";
    }

    private static JsonArrayBuilder detectorArray(List<DetectorDefinition> detectors) {
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        for (DetectorDefinition d : detectors) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("id", d.id()).add("type", d.type().key());
            if (d.pattern() != null) {
                o.add("pattern", d.pattern());
            }
            if (!d.keywords().isEmpty()) {
                o.add("keywords", stringArray(d.keywords()));
            }
            if (d.type() == DetectorType.ATTACHMENT) {
                JsonObjectBuilder a = JSON.createObjectBuilder();
                addIfPresent(a, "name", d.attachmentName());
                addIfPresent(a, "media_type", d.attachmentMediaType());
                addIfPresent(a, "exclude", d.attachmentExclude());
                o.add("attachment", a);
            }
            if (d.caseSensitive()) {
                o.add("case_sensitive", true);
            }
            addIfPresent(o, "validator", d.validator());
            addIfPresent(o, "value_set", d.valueSet());
            if (!d.languages().isEmpty()) {
                o.add("languages", stringArray(new ArrayList<>(new java.util.TreeSet<>(d.languages()))));
            }
            o.add("confidence", d.confidence());
            List<String> zones = new ArrayList<>();
            EnumSet<Zone> ordered = d.suppressIn().isEmpty() ? EnumSet.noneOf(Zone.class)
                    : EnumSet.copyOf(d.suppressIn());
            ordered.forEach(z -> zones.add(z.key()));
            o.add("suppress_in", stringArray(zones));
            if (!d.require().isEmpty()) {
                o.add("require", ruleArray(d.require()));
            }
            if (!d.exclude().isEmpty()) {
                o.add("exclude", ruleArray(d.exclude()));
            }
            if (!d.enabled()) {
                o.add("enabled", false);
            }
            addIfPresent(o, "note", d.note());
            arr.add(o);
        }
        return arr;
    }

    private static JsonArrayBuilder ruleArray(List<ContextRule> rules) {
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        for (ContextRule r : rules) {
            arr.add(JSON.createObjectBuilder().add("scope", r.scope().key()).add("chars", r.chars())
                    .add("patterns", stringArray(r.patterns())));
        }
        return arr;
    }

    private static void addIfPresent(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    private static JsonObjectBuilder labelObject(Map<String, String> labels) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        labels.forEach(o::add);
        return o;
    }

    private static JsonArrayBuilder stringArray(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
