package org.recordswatch.tagging.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.recordswatch.tagging.detect.ContextRule;
import org.recordswatch.tagging.detect.DetectorDefinition;
import org.recordswatch.tagging.detect.DetectorType;
import org.recordswatch.tagging.detect.Zone;

/**
 * One detector of a category or of a legal basis as stored ({@code taxonomy_detector}); {@link #definition()} is what
 * the engine compiles. Plain context words become one more required (or excluding) rule over the sentence of a match;
 * the seed's own rules are kept as JSON.
 */
@Entity
@Table(name = "taxonomy_detector")
public class TaxonomyDetector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private TaxonomyCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "legal_basis_id")
    private TaxonomyLegalBasis legalBasis;

    @Column(name = "detector_key", nullable = false, length = 128, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DetectorType type;

    @Column(columnDefinition = "TEXT")
    private String pattern;

    @Column(columnDefinition = "TEXT")
    private String keywords;

    @Column(name = "context_words", columnDefinition = "TEXT")
    private String contextWords;

    @Column(name = "excluding_words", columnDefinition = "TEXT")
    private String excludingWords;

    @Column(nullable = false, length = 64)
    private String languages = "";

    @Column(nullable = false)
    private double confidence;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Column(length = 32)
    private String validator;

    @Column(name = "value_set", length = 64)
    private String valueSet;

    @Column(name = "suppress_in", nullable = false, length = 128)
    private String suppressIn = "";

    @Column(name = "require_rules", columnDefinition = "TEXT")
    private String requireRules;

    @Column(name = "exclude_rules", columnDefinition = "TEXT")
    private String excludeRules;

    @Column(name = "attachment_name", length = 1000)
    private String attachmentName;

    @Column(name = "attachment_media_type", length = 1000)
    private String attachmentMediaType;

    @Column(name = "attachment_exclude", length = 1000)
    private String attachmentExclude;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected TaxonomyDetector() {
        // for JPA
    }

    TaxonomyDetector(TaxonomyCategory category, String key, int position) {
        this.category = Objects.requireNonNull(category, "category");
        this.key = requireKey(key);
        this.position = position;
    }

    TaxonomyDetector(TaxonomyLegalBasis legalBasis, String key, int position) {
        this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
        this.key = requireKey(key);
        this.position = position;
    }

    static String requireKey(String key) {
        if (key == null || !key.strip().matches("[a-z0-9][a-z0-9_.-]{0,127}")) {
            throw new IllegalArgumentException("taxonomy.detectorKeyInvalid");
        }
        return key.strip();
    }

    /** The definition a form would store, without storing it: for trying a detector before saving. */
    static DetectorDefinition draft(DetectorForm form) {
        TaxonomyDetector d = new TaxonomyDetector();
        d.key = requireKey(form.key());
        d.redefine(form);
        return d.definition();
    }

    /** Copies a detector definition of the seed (or of an import) into this row. */
    void copy(DetectorDefinition d) {
        type = d.type();
        pattern = d.pattern();
        keywords = TextLists.joinLines(d.keywords());
        contextWords = null;
        excludingWords = null;
        languages = TextLists.joinCodes(d.languages());
        confidence = d.confidence();
        caseSensitive = d.caseSensitive();
        validator = d.validator();
        valueSet = d.valueSet();
        suppressIn = zones(d.suppressIn());
        requireRules = ContextRules.toJson(d.require());
        excludeRules = ContextRules.toJson(d.exclude());
        attachmentName = d.attachmentName();
        attachmentMediaType = d.attachmentMediaType();
        attachmentExclude = d.attachmentExclude();
        enabled = d.enabled();
        note = d.note();
    }

    /**
     * Takes what an administrator filled in (everything but the key).
     *
     * @throws IllegalArgumentException with a message key when a field cannot be stored as given
     */
    void redefine(DetectorForm f) {
        if (f.type() == null) {
            throw new IllegalArgumentException("taxonomy.detectorTypeRequired");
        }
        // both must read: the service reports a bad rule before anything is stored
        ContextRules.fromJson(f.requireRules());
        ContextRules.fromJson(f.excludeRules());
        type = f.type();
        pattern = blankToNull(f.pattern());
        keywords = TextLists.joinLines(f.keywords());
        contextWords = TextLists.joinLines(f.contextWords());
        excludingWords = TextLists.joinLines(f.excludingWords());
        languages = TextLists.joinCodes(f.languages() == null ? Set.of()
                : f.languages().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList());
        confidence = f.confidence();
        caseSensitive = f.caseSensitive();
        validator = blankToNull(f.validator());
        valueSet = blankToNull(f.valueSet());
        suppressIn = zones(f.suppressIn());
        requireRules = blankToNull(f.requireRules());
        excludeRules = blankToNull(f.excludeRules());
        attachmentName = blankToNull(f.attachmentName());
        attachmentMediaType = blankToNull(f.attachmentMediaType());
        attachmentExclude = blankToNull(f.attachmentExclude());
        enabled = f.enabled();
        note = blankToNull(f.note());
    }

    void enable(boolean on) {
        enabled = on;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    /** The detector as the engine reads it. */
    public DetectorDefinition definition() {
        List<ContextRule> require = new ArrayList<>(ContextRules.fromJson(requireRules));
        ContextRule words = ContextRules.wordsRule(TextLists.lines(contextWords));
        if (words != null) {
            require.add(words);
        }
        List<ContextRule> exclude = new ArrayList<>(ContextRules.fromJson(excludeRules));
        ContextRule notWords = ContextRules.wordsRule(TextLists.lines(excludingWords));
        if (notWords != null) {
            exclude.add(notWords);
        }
        return new DetectorDefinition(key, type, pattern, TextLists.lines(keywords), attachmentName,
                attachmentMediaType, attachmentExclude, caseSensitive, validator, valueSet,
                TextLists.codes(languages), confidence, zoneSet(suppressIn), require, exclude, enabled, note);
    }

    /** This detector as a form, for editing. */
    public DetectorForm form() {
        return new DetectorForm(key, type, pattern, TextLists.lines(keywords), TextLists.lines(contextWords),
                TextLists.lines(excludingWords), TextLists.codes(languages), confidence, caseSensitive, validator,
                valueSet, zoneSet(suppressIn), requireRules, excludeRules, attachmentName, attachmentMediaType,
                attachmentExclude, enabled, note);
    }

    private static String zones(Set<Zone> zones) {
        return zones == null ? "" : TextLists.joinCodes(zones.stream().map(Zone::key).toList());
    }

    private static Set<Zone> zoneSet(String text) {
        Set<Zone> set = EnumSet.noneOf(Zone.class);
        for (String z : TextLists.codes(text)) {
            set.add(Zone.fromKey(z));
        }
        return set;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    /** The category or the legal basis this detector belongs to. */
    public DetectorOwner getOwner() {
        return category != null ? category : legalBasis;
    }

    public String getKey() {
        return key;
    }

    public DetectorType getType() {
        return type;
    }

    public String getPattern() {
        return pattern;
    }

    public List<String> getKeywords() {
        return TextLists.lines(keywords);
    }

    public List<String> getContextWords() {
        return TextLists.lines(contextWords);
    }

    public Set<String> getLanguages() {
        return TextLists.codes(languages);
    }

    public double getConfidence() {
        return confidence;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getNote() {
        return note;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
