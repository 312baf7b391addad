package org.recordswatch.tagging.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The language cues of a taxonomy, each kind a list of regular expressions (folded text, case insensitive) compiled
 * into one alternation. Immutable.
 */
public final class Cues {

    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Map<CueKind, List<String>> sources;
    private final Map<CueKind, Pattern> compiled;

    private Cues(Map<CueKind, List<String>> sources, Map<CueKind, Pattern> compiled) {
        this.sources = sources;
        this.compiled = compiled;
    }

    /**
     * Compiles the cue lists.
     *
     * @throws PatternSyntaxException when one of them is not a valid regular expression
     */
    public static Cues of(Map<CueKind, List<String>> lists) {
        Objects.requireNonNull(lists, "lists");
        Map<CueKind, List<String>> sources = new EnumMap<>(CueKind.class);
        Map<CueKind, Pattern> compiled = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) {
            List<String> list = List.copyOf(lists.getOrDefault(kind, List.of()));
            sources.put(kind, list);
            compiled.put(kind, list.isEmpty() ? NEVER : alternation(list));
        }
        return new Cues(Collections.unmodifiableMap(sources), Collections.unmodifiableMap(compiled));
    }

    public static Cues none() {
        return of(Map.of());
    }

    private static Pattern alternation(List<String> list) {
        StringBuilder sb = new StringBuilder();
        for (String s : list) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(s).append(')');
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }

    public List<String> source(CueKind kind) {
        return sources.get(kind);
    }

    public Map<CueKind, List<String>> sources() {
        return sources;
    }

    public Pattern pattern(CueKind kind) {
        return compiled.get(kind);
    }

    /** Whether a cue of this kind occurs anywhere in the text. */
    public boolean find(CueKind kind, CharSequence text) {
        return compiled.get(kind).matcher(text).find();
    }

    /** Whether a cue of this kind makes up the whole (trimmed) text, allowing trailing punctuation. */
    public boolean whole(CueKind kind, String text) {
        String t = text.strip().replaceAll("[\\s,.;:!-]+$", "");
        if (t.isEmpty()) {
            return false;
        }
        Matcher m = compiled.get(kind).matcher(t);
        return m.matches();
    }

    /** Whether a cue of this kind starts the (left-trimmed) text. */
    public boolean starts(CueKind kind, String text) {
        Matcher m = compiled.get(kind).matcher(text.stripLeading());
        return m.lookingAt();
    }
}
