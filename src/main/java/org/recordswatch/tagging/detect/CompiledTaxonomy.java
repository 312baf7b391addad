package org.recordswatch.tagging.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.recordswatch.tagging.text.CueKind;
import org.recordswatch.tagging.text.Cues;
import org.recordswatch.tagging.text.FoldedText;

/**
 * A {@link Taxonomy} checked and compiled. Compiling reports every problem at once ({@link #check(Taxonomy)}), so the
 * administration screens can show them before saving; the engine only ever runs a taxonomy without problems.
 */
public final class CompiledTaxonomy {

    /** The value sets the engine provides to detectors ({@code value_set}). */
    public static final Set<String> VALUE_SETS = Set.of(DetectionContext.STAFF_PHONES);

    private static final Pattern FRAGMENT_REF = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*)}}");
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.MULTILINE;

    private final Taxonomy source;
    private final Cues cues;
    private final Map<CategoryCode, CategoryDefinition> categories;
    private final List<CompiledDetector> categoryDetectors;
    private final Map<String, List<CompiledDetector>> basisDetectors;

    private CompiledTaxonomy(Taxonomy source, Cues cues, Map<CategoryCode, CategoryDefinition> categories,
            List<CompiledDetector> categoryDetectors, Map<String, List<CompiledDetector>> basisDetectors) {
        this.source = source;
        this.cues = cues;
        this.categories = categories;
        this.categoryDetectors = categoryDetectors;
        this.basisDetectors = basisDetectors;
    }

    /** Every problem of a taxonomy (bad regular expressions, unknown validators or fragments, duplicate ids...). */
    public static List<DefinitionProblem> check(Taxonomy taxonomy) {
        List<DefinitionProblem> problems = new ArrayList<>();
        build(taxonomy, problems);
        return problems;
    }

    /**
     * Compiles a taxonomy.
     *
     * @throws InvalidTaxonomyException with every problem when there is any
     */
    public static CompiledTaxonomy compile(Taxonomy taxonomy) {
        List<DefinitionProblem> problems = new ArrayList<>();
        CompiledTaxonomy compiled = build(taxonomy, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(problems);
        }
        return compiled;
    }

    private static CompiledTaxonomy build(Taxonomy t, List<DefinitionProblem> problems) {
        Map<String, String> fragments = expandFragments(t.fragments(), problems);
        Map<CueKind, List<String>> cueLists = new LinkedHashMap<>();
        t.cues().forEach((kind, list) -> {
            List<String> expanded = new ArrayList<>();
            for (String s : list) {
                String e = expand(s, fragments, "cues." + kind.key(), problems);
                try {
                    Pattern.compile(e);
                    expanded.add(e);
                } catch (PatternSyntaxException ex) {
                    problems.add(new DefinitionProblem("cues." + kind.key(), "bad pattern " + s + ": "
                            + ex.getDescription()));
                }
            }
            cueLists.put(kind, expanded);
        });
        Cues cues = Cues.of(cueLists);
        Set<String> ids = new HashSet<>();
        Map<CategoryCode, CategoryDefinition> categories = new LinkedHashMap<>();
        List<CompiledDetector> detectors = new ArrayList<>();
        for (CategoryDefinition c : t.categories()) {
            String where = "categories[" + c.code() + "]";
            if (categories.put(c.code(), c) != null) {
                problems.add(new DefinitionProblem(where, "duplicate category code"));
            }
            if (c.threshold() < 0 || c.threshold() > 1) {
                problems.add(new DefinitionProblem(where, "threshold must be between 0 and 1"));
            }
            for (DetectorDefinition d : c.detectors()) {
                CompiledDetector cd = compileDetector(c.code().value(), d, fragments, where, ids, problems);
                if (cd != null && c.enabled() && d.enabled()) {
                    detectors.add(cd);
                }
            }
        }
        Map<String, List<CompiledDetector>> bases = new LinkedHashMap<>();
        for (LegalBasisDefinition b : t.legalBases()) {
            String where = "legal_bases[" + b.code() + "]";
            List<CompiledDetector> list = new ArrayList<>();
            for (DetectorDefinition d : b.detectors()) {
                if (d.type() == DetectorType.ATTACHMENT) {
                    problems.add(new DefinitionProblem(where, "legal-basis detectors read text, not attachment names"));
                    continue;
                }
                CompiledDetector cd = compileDetector(b.code(), d, fragments, where, ids, problems);
                if (cd != null && d.enabled()) {
                    list.add(cd);
                }
            }
            bases.put(b.code(), Collections.unmodifiableList(list));
        }
        return new CompiledTaxonomy(t, cues, Collections.unmodifiableMap(categories),
                Collections.unmodifiableList(detectors), Collections.unmodifiableMap(bases));
    }

    private static CompiledDetector compileDetector(String owner, DetectorDefinition d, Map<String, String> fragments,
            String where, Set<String> ids, List<DefinitionProblem> problems) {
        String at = where + ".detectors[" + d.id() + "]";
        int before = problems.size();
        if (!ids.add(d.id())) {
            problems.add(new DefinitionProblem(at, "duplicate detector id"));
        }
        if (d.confidence() < 0 || d.confidence() > 1) {
            problems.add(new DefinitionProblem(at, "confidence must be between 0 and 1"));
        }
        Predicate<String> validator = null;
        if (d.validator() != null) {
            validator = Validators.named(d.validator()).orElse(null);
            if (validator == null) {
                problems.add(new DefinitionProblem(at, "unknown validator " + d.validator() + " (known: "
                        + new java.util.TreeSet<>(Validators.names()) + ")"));
            }
        }
        if (d.valueSet() != null && !VALUE_SETS.contains(d.valueSet())) {
            problems.add(new DefinitionProblem(at, "unknown value set " + d.valueSet()));
        }
        Pattern pattern = null;
        Pattern name = null;
        Pattern media = null;
        Pattern excludeName = null;
        switch (d.type()) {
            case PATTERN -> {
                if (d.pattern() == null || d.pattern().isBlank()) {
                    problems.add(new DefinitionProblem(at, "a pattern detector needs a pattern"));
                } else {
                    pattern = regex(expand(d.pattern(), fragments, at, problems),
                            d.caseSensitive() ? FLAGS : FLAGS | Pattern.CASE_INSENSITIVE, at, problems);
                }
            }
            case KEYWORDS -> {
                if (d.keywords().isEmpty()) {
                    problems.add(new DefinitionProblem(at, "a keyword detector needs keywords"));
                } else {
                    pattern = regex(keywordPattern(d.keywords()), FLAGS | Pattern.CASE_INSENSITIVE, at, problems);
                }
            }
            case ATTACHMENT -> {
                name = optionalRegex(d.attachmentName(), at, problems);
                media = optionalRegex(d.attachmentMediaType(), at, problems);
                excludeName = optionalRegex(d.attachmentExclude(), at, problems);
                if (name == null && media == null) {
                    problems.add(new DefinitionProblem(at, "an attachment detector needs a name or a media type"));
                }
            }
            default -> throw new IllegalStateException();
        }
        List<CompiledDetector.CompiledRule> require = rules(d.require(), fragments, at + ".require", problems);
        List<CompiledDetector.CompiledRule> exclude = rules(d.exclude(), fragments, at + ".exclude", problems);
        if (problems.size() > before) {
            return null;
        }
        return new CompiledDetector(owner, d, pattern, name, media, excludeName, validator, require, exclude);
    }

    private static List<CompiledDetector.CompiledRule> rules(List<ContextRule> rules, Map<String, String> fragments,
            String at, List<DefinitionProblem> problems) {
        List<CompiledDetector.CompiledRule> out = new ArrayList<>();
        for (ContextRule r : rules) {
            if (r.patterns().isEmpty()) {
                problems.add(new DefinitionProblem(at, "a context rule needs at least one pattern"));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String p : r.patterns()) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append("(?:").append(expand(p, fragments, at, problems)).append(')');
            }
            Pattern compiled = regex(sb.toString(), FLAGS | Pattern.CASE_INSENSITIVE, at, problems);
            if (compiled != null) {
                out.add(new CompiledDetector.CompiledRule(r.scope(), r.chars(), compiled));
            }
        }
        return out;
    }

    private static Pattern optionalRegex(String s, String at, List<DefinitionProblem> problems) {
        return s == null || s.isBlank() ? null : regex(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, at, problems);
    }

    private static Pattern regex(String s, int flags, String at, List<DefinitionProblem> problems) {
        try {
            return Pattern.compile(s, flags);
        } catch (PatternSyntaxException e) {
            problems.add(new DefinitionProblem(at, "bad pattern: " + e.getDescription() + " near index "
                    + e.getIndex()));
            return null;
        }
    }

    /**
     * Keywords as one whole-word alternation; accents folded, any white space between words. The alternation is
     * factored into a prefix tree so that matching does not try every keyword at every position.
     */
    static String keywordPattern(List<String> keywords) {
        Node root = new Node();
        for (String k : keywords) {
            String folded = FoldedText.fold(k.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (folded.isEmpty()) {
                continue;
            }
            Node n = root;
            for (char c : folded.toCharArray()) {
                n = n.children.computeIfAbsent(c, x -> new Node());
            }
            n.end = true;
        }
        return "(?<![\\p{L}\\p{N}])" + root.regex() + "(?![\\p{L}\\p{N}])";
    }

    /** A prefix tree of keyword characters, written back as a regular expression. */
    private static final class Node {
        private final java.util.TreeMap<Character, Node> children = new java.util.TreeMap<>();
        private boolean end;

        String regex() {
            if (children.isEmpty()) {
                return "";
            }
            List<String> alternatives = new ArrayList<>();
            for (Map.Entry<Character, Node> e : children.entrySet()) {
                char c = e.getKey();
                String head = c == ' ' ? "\\s+" : Pattern.quote(String.valueOf(c));
                if (c != ' ' && (Character.isLetterOrDigit(c))) {
                    head = String.valueOf(c);
                }
                alternatives.add(head + e.getValue().regex());
            }
            String body = alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
            if (end) {
                return "(?:" + body + ")?";
            }
            return body;
        }
    }

    private static Map<String, String> expandFragments(Map<String, String> raw, List<DefinitionProblem> problems) {
        Map<String, String> done = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            expandFragment(name, raw, done, new HashSet<>(), problems);
        }
        return done;
    }

    private static String expandFragment(String name, Map<String, String> raw, Map<String, String> done,
            Set<String> visiting, List<DefinitionProblem> problems) {
        if (done.containsKey(name)) {
            return done.get(name);
        }
        if (!visiting.add(name)) {
            problems.add(new DefinitionProblem("fragments." + name, "refers to itself"));
            return "(?!)";
        }
        String body = raw.get(name);
        Matcher m = FRAGMENT_REF.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (!raw.containsKey(ref)) {
                problems.add(new DefinitionProblem("fragments." + name, "unknown fragment {{" + ref + "}}"));
                replacement = "(?!)";
            } else {
                replacement = "(?:" + expandFragment(ref, raw, done, visiting, problems) + ")";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        visiting.remove(name);
        done.put(name, sb.toString());
        return sb.toString();
    }

    private static String expand(String pattern, Map<String, String> fragments, String at,
            List<DefinitionProblem> problems) {
        Matcher m = FRAGMENT_REF.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String f = fragments.get(m.group(1));
            if (f == null) {
                problems.add(new DefinitionProblem(at, "unknown fragment {{" + m.group(1) + "}}"));
                f = "(?!)";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + f + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public Taxonomy source() {
        return source;
    }

    public Cues cues() {
        return cues;
    }

    public Map<CategoryCode, CategoryDefinition> categories() {
        return categories;
    }

    /** The threshold of a category (0.5 for categories the taxonomy does not know). */
    public double threshold(CategoryCode code) {
        CategoryDefinition c = categories.get(code);
        return c == null ? 0.5 : c.threshold();
    }

    List<CompiledDetector> categoryDetectors() {
        return categoryDetectors;
    }

    /** Legal-basis codes by rank, strongest first. */
    public List<String> basisCodesByRank() {
        List<LegalBasisDefinition> list = new ArrayList<>(source.legalBases());
        list.sort(java.util.Comparator.comparingInt(LegalBasisDefinition::rank));
        return list.stream().map(b -> b.code().toLowerCase(Locale.ROOT)).toList();
    }

    List<CompiledDetector> basisDetectors(String code) {
        return basisDetectors.getOrDefault(code, List.of());
    }
}
