package org.recordswatch.tagging.taxonomy;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recordswatch.tagging.detect.ContextRule;
import org.recordswatch.tagging.detect.ContextScope;
import org.recordswatch.tagging.text.FoldedText;

/**
 * Context rules as stored in {@code taxonomy_detector}: the seed's rules as JSON (the format of the seed file), and
 * the plain "context words" an administrator types, which become one rule over the match's sentence.
 */
public final class ContextRules {

    private ContextRules() {
    }

    /** The rules written as a JSON array, or null when there are none. */
    public static String toJson(List<ContextRule> rules) {
        if (rules == null || rules.isEmpty()) {
            return null;
        }
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        for (ContextRule r : rules) {
            JsonArrayBuilder patterns = JSON.createArrayBuilder();
            r.patterns().forEach(patterns::add);
            arr.add(JSON.createObjectBuilder().add("scope", r.scope().key()).add("chars", r.chars())
                    .add("patterns", patterns));
        }
        return arr.build().toString();
    }

    /**
     * Reads a JSON array of rules.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static List<ContextRule> fromJson(String json) {
        List<ContextRule> rules = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return rules;
        }
        JsonArray arr;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            arr = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON array of rules");
        }
        for (JsonValue v : arr) {
            if (!(v instanceof JsonObject o)) {
                throw new IllegalArgumentException("each rule is an object with scope, chars and patterns");
            }
            List<String> patterns = new ArrayList<>();
            JsonValue p = o.get("patterns");
            if (p instanceof JsonArray pa) {
                for (JsonValue s : pa) {
                    if (s instanceof JsonString js) {
                        patterns.add(js.getString());
                    }
                }
            }
            String scope = o.get("scope") instanceof JsonString js ? js.getString() : "sentence";
            int chars = o.containsKey("chars") && o.get("chars").getValueType() == JsonValue.ValueType.NUMBER
                    ? o.getInt("chars") : 60;
            rules.add(new ContextRule(ContextScope.fromKey(scope), chars, patterns));
        }
        return rules;
    }

    /**
     * The rule plain context words make: any one of them, as a whole word or phrase (accents and case ignored, any
     * white space between words), in the sentence of the match. Null when there are no words.
     */
    public static ContextRule wordsRule(List<String> words) {
        List<String> patterns = new ArrayList<>();
        for (String w : words == null ? List.<String>of() : words) {
            String folded = FoldedText.fold(w.strip()).toLowerCase(Locale.ROOT);
            if (folded.isBlank()) {
                continue;
            }
            StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] parts = folded.split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append("\\s+");
                }
                sb.append(Pattern.quote(parts[i]));
            }
            patterns.add(sb.append("(?![\\p{L}\\p{N}])").toString());
        }
        return patterns.isEmpty() ? null : new ContextRule(ContextScope.SENTENCE, 0, patterns);
    }
}
