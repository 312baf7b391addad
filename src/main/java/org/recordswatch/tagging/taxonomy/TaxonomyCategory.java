package org.recordswatch.tagging.taxonomy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryDefinition;

/**
 * A sensitive-data category as stored ({@code taxonomy_category}), with its detectors in order. Codes never change
 * once made: exports and ground truth refer to them. {@link #definition()} is what the engine compiles.
 */
@Entity
@Table(name = "taxonomy_category")
@NamedQuery(name = "TaxonomyCategory.all", query = "SELECT c FROM TaxonomyCategory c ORDER BY c.position, c.code")
@NamedQuery(name = "TaxonomyCategory.byCode", query = "SELECT c FROM TaxonomyCategory c WHERE c.code = :code")
public class TaxonomyCategory extends DetectorOwner {

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

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TaxonomyDetector> detectors = new ArrayList<>();

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
        super(validCode(code));
        this.position = position;
    }

    private static String validCode(String code) {
        try {
            return CategoryCode.of(code).value();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("taxonomy.codeInvalid", e);
        }
    }

    /** A category holding a definition of the seed (or of an import), detectors included. */
    static TaxonomyCategory of(CategoryDefinition d, int position, Instant at, String by) {
        TaxonomyCategory c = new TaxonomyCategory(d.code().value(), position);
        c.copyLabels(d.labels());
        c.examples = TextLists.joinLines(d.examples());
        c.threshold = d.threshold();
        c.enabled = d.enabled();
        c.copyDetectors(d.detectors());
        c.touch(at, by);
        return c;
    }

    /**
     * Takes what an administrator filled in (everything but the code).
     *
     * @throws IllegalArgumentException with a message key
     */
    public void describe(CategoryForm f, Instant at, String by) {
        if (f.threshold() < 0 || f.threshold() > 1) {
            throw new IllegalArgumentException("taxonomy.thresholdInvalid");
        }
        relabel(f.labelEn(), f.labelEs());
        description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        examples = TextLists.joinLines(f.examples());
        threshold = f.threshold();
        enabled = f.enabled();
        touch(at, by);
    }

    public void enable(boolean on, Instant at, String by) {
        enabled = on;
        touch(at, by);
    }

    @Override
    List<TaxonomyDetector> detectorRows() {
        return detectors;
    }

    @Override
    TaxonomyDetector newDetector(String key, int position) {
        return new TaxonomyDetector(this, key, position);
    }

    /** The category as the engine reads it. */
    public CategoryDefinition definition() {
        return new CategoryDefinition(CategoryCode.of(getCode()), labels(), TextLists.lines(examples), threshold, enabled,
                detectorDefinitions());
    }

    /** This category as a form, for editing. */
    public CategoryForm form() {
        return new CategoryForm(getCode(), getLabelEn(), getLabelEs(), description, TextLists.lines(examples), threshold, enabled);
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
}
