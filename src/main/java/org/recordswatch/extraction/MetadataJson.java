package org.recordswatch.extraction;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tika metadata ({@code key → values}) as a JSON object of string arrays, for the {@code metadata} column. */
final class MetadataJson {

    /** Longest value kept per metadata entry (some parsers put whole texts into metadata). */
    static final int MAX_VALUE = 4000;

    private MetadataJson() {
    }

    static String write(Map<String, List<String>> metadata) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(metadata).forEach((key, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (String v : values) {
                if (v != null) {
                    array.add(v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE));
                }
            }
            object.add(key, array);
        });
        return object.build().toString();
    }

    static Map<String, List<String>> read(String json) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return map;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                List<String> values = new ArrayList<>();
                if (e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue v : e.getValue().asJsonArray()) {
                        values.add(v instanceof JsonString s ? s.getString() : v.toString());
                    }
                } else if (e.getValue() instanceof JsonString s) {
                    values.add(s.getString());
                }
                map.put(e.getKey(), List.copyOf(values));
            }
        }
        return map;
    }
}
