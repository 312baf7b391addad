package org.recordswatch.tagging.taxonomy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryDefinition;
import org.recordswatch.tagging.detect.DetectorDefinition;

/**
 * A sensitive-data category as stored ({@code taxonomy_category}), with its detectors in order. Codes never change
 * once made: exports and ground truth refer to them. {@link #definition()} is what the engine compiles.
 */
@Entity
@Table(name = "taxonomy_category")
@NamedQuery(name = "TaxonomyCategory.all", query = "SELECT c FROM TaxonomyCategory c ORDER BY c.position, c.code")
@NamedQuery(name = "TaxonomyCategory.byCode", query = "SELECT c FROM TaxonomyCategory c WHERE c.code = :code")
public class TaxonomyCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_es", nullable = false)
    private String labelEs;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(columnDefinition = "TEXT")
    private String examples;

    @Column(nullable = false)
    private double threshold = 0.5;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private int position;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TaxonomyDetector> detectors = new ArrayList<>();

    @Version
    private long version;

    protected TaxonomyCategory() {
        // for JPA
    }

    /**
     * A new category.
     *
     * @throws IllegalArgumentException ({@code taxonomy.codeInvalid}) for a code that is not 2-64 lower-case letters,
     *     digits or underscores
     */
    public TaxonomyCategory(String code, int position) {
        try {
            this.code = CategoryCode.of(code).value();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("taxonomy.codeInvalid", e);
        }
        this.position = position;
    }

    /** A category holding a definition of the seed (or of an import), detectors included. */
    static TaxonomyCategory of(CategoryDefinition d, int position, Instant at, String by) {
        TaxonomyCategory c = new TaxonomyCategory(d.code().value(), position);
        c.labelEn = d.labels().getOrDefault("en", d.code().value());
        c.labelEs = d.labels().getOrDefault("es", c.labelEn);
        c.examples = TextLists.joinLines(d.examples());
        c.threshold = d.threshold();
        c.enabled = d.enabled();
        int i = 0;
        for (DetectorDefinition dd : d.detectors()) {
            TaxonomyDetector td = new TaxonomyDetector(c, dd.id(), i++);
            td.copy(dd);
            c.detectors.add(td);
        }
        c.touch(at, by);
        return c;
    }

    /**
     * Takes what an administrator filled in (everything but the code).
     *
     * @throws IllegalArgumentException with a message key
     */
    public void describe(CategoryForm f, Instant at, String by) {
        if (f.labelEn() == null || f.labelEn().isBlank() || f.labelEn().strip().length() > 255) {
            throw new IllegalArgumentException("taxonomy.labelRequired");
        }
        if (f.threshold() < 0 || f.threshold() > 1) {
            throw new IllegalArgumentException("taxonomy.thresholdInvalid");
        }
        labelEn = f.labelEn().strip();
        labelEs = f.labelEs() == null || f.labelEs().isBlank() ? labelEn : clip(f.labelEs().strip());
        description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        examples = TextLists.joinLines(f.examples());
        threshold = f.threshold();
        enabled = f.enabled();
        touch(at, by);
    }

    private static String clip(String s) {
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    public void enable(boolean on, Instant at, String by) {
        enabled = on;
        touch(at, by);
    }

    /** Adds a detector, or redefines the one with the same key. */
    public TaxonomyDetector saveDetector(DetectorForm form, Instant at, String by) {
        String key = TaxonomyDetector.requireKey(form.key());
        TaxonomyDetector d = detector(key).orElse(null);
        if (d == null) {
            d = new TaxonomyDetector(this, key, detectors.size());
            d.redefine(form);
            detectors.add(d);
        } else {
            d.redefine(form);
        }
        touch(at, by);
        return d;
    }

    public void enableDetector(String key, boolean on, Instant at, String by) {
        detector(key).orElseThrow(() -> new IllegalArgumentException("taxonomy.detectorUnknown")).enable(on);
        touch(at, by);
    }

    public void removeDetector(String key, Instant at, String by) {
        TaxonomyDetector d = detector(key).orElseThrow(() -> new IllegalArgumentException("taxonomy.detectorUnknown"));
        detectors.remove(d);
        int i = 0;
        for (TaxonomyDetector left : detectors) {
            left.moveTo(i++);
        }
        touch(at, by);
    }

    public Optional<TaxonomyDetector> detector(String key) {
        return detectors.stream().filter(d -> d.getKey().equals(key)).findFirst();
    }

    private void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by == null ? "system" : by;
    }

    /** The category as the engine reads it. */
    public CategoryDefinition definition() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", labelEn);
        labels.put("es", labelEs);
        return new CategoryDefinition(CategoryCode.of(code), labels, TextLists.lines(examples), threshold, enabled,
                detectors.stream().map(TaxonomyDetector::definition).toList());
    }

    /** This category as a form, for editing. */
    public CategoryForm form() {
        return new CategoryForm(code, labelEn, labelEs, description, TextLists.lines(examples), threshold, enabled);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelEs() {
        return labelEs;
    }

    /** The label in a language ({@code es} gives the Spanish one, anything else the English one). */
    public String label(String language) {
        return "es".equals(language) ? labelEs : labelEn;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getExamples() {
        return TextLists.lines(examples);
    }

    public double getThreshold() {
        return threshold;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getPosition() {
        return position;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<TaxonomyDetector> getDetectors() {
        return Collections.unmodifiableList(detectors);
    }

    public long getVersion() {
        return version;
    }
}
