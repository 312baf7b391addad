package org.recordswatch.tagging.party;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;

/**
 * The agencies party resolution can resolve to. Built from the agency directory (the {@code agency} table, or a
 * taxonomy.json {@code agencies} list), with the signature words of {@code agency-aliases.json} merged in.
 */
public final class AgencyDirectory {

    /** The class-path location of the seed signature words per agency code. */
    public static final String ALIASES = "/org/recordswatch/tagging/agency-aliases.json";

    private final Map<AgencyCode, DirectoryAgency> agencies;

    private AgencyDirectory(Map<AgencyCode, DirectoryAgency> agencies) {
        this.agencies = agencies;
    }

    public static AgencyDirectory of(Collection<DirectoryAgency> agencies) {
        Map<AgencyCode, DirectoryAgency> map = new LinkedHashMap<>();
        for (DirectoryAgency a : agencies) {
            map.put(a.code(), a);
        }
        return new AgencyDirectory(map);
    }

    /** Reads the {@code agencies} list of a taxonomy.json-shaped document (code, name, side, jurisdiction, domains). */
    public static AgencyDirectory fromTaxonomyJson(Reader reader) {
        JsonObject root;
        try (JsonReader r = JSON.createReader(reader)) {
            root = r.readObject();
        }
        List<DirectoryAgency> list = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("agencies")) {
            JsonObject a = v.asJsonObject();
            list.add(new DirectoryAgency(new AgencyCode(a.getString("code")), a.getString("name", null),
                    Side.valueOf(a.getString("side", "other").toUpperCase(Locale.ROOT)),
                    a.getString("jurisdiction", ""), Set.copyOf(strings(a, "domains")), strings(a, "names"),
                    strings(a, "abbreviations"), strings(a, "titles")));
        }
        return of(list);
    }

    /** This directory with the seed signature words ({@code agency-aliases.json}) merged into the agencies it knows. */
    public AgencyDirectory withSeedAliases() {
        try (InputStream in = AgencyDirectory.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + ALIASES);
            }
            return withAliases(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This directory with the signature words of an aliases document merged in (unknown codes are ignored). */
    public AgencyDirectory withAliases(Reader reader) {
        JsonObject root;
        try (JsonReader r = JSON.createReader(reader)) {
            root = r.readObject();
        }
        Map<AgencyCode, DirectoryAgency> map = new LinkedHashMap<>(agencies);
        for (JsonValue v : root.getJsonArray("aliases")) {
            JsonObject a = v.asJsonObject();
            AgencyCode code = new AgencyCode(a.getString("code"));
            DirectoryAgency known = map.get(code);
            if (known != null) {
                map.put(code, known.withAliases(strings(a, "names"), strings(a, "abbreviations"),
                        strings(a, "titles")));
            }
        }
        return new AgencyDirectory(map);
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : o.getJsonArray(key)) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        }
        return out;
    }

    public Collection<DirectoryAgency> agencies() {
        return agencies.values();
    }

    public Optional<DirectoryAgency> agency(AgencyCode code) {
        return Optional.ofNullable(code == null ? null : agencies.get(code));
    }

    public Optional<DirectoryAgency> agency(String code) {
        return code == null || !AgencyCode.isValid(code) ? Optional.empty() : agency(new AgencyCode(code));
    }

    /**
     * The agencies whose domain is the longest suffix of the given domain ({@code ice.dhs.gov} before {@code dhs.gov});
     * several when agencies share that domain, none when no directory domain matches.
     */
    public List<DirectoryAgency> byDomain(String domain) {
        String d = DirectoryAgency.normaliseDomain(domain);
        int best = -1;
        List<DirectoryAgency> out = new ArrayList<>();
        for (DirectoryAgency a : agencies.values()) {
            for (String own : a.domains()) {
                if (d.equals(own) || d.endsWith("." + own)) {
                    if (own.length() > best) {
                        best = own.length();
                        out.clear();
                        out.add(a);
                    } else if (own.length() == best && !out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }
}
