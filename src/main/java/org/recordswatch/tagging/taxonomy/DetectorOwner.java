package org.recordswatch.tagging.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordswatch.tagging.detect.DetectorDefinition;

/**
 * What holds detectors in the stored taxonomy, a category or a legal basis: its stable code, its labels, who changed it
 * when, and its detectors in order, added, redefined, enabled, disabled and removed the same way for both.
 */
@MappedSuperclass
public abstract class DetectorOwner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_es", nullable = false)
    private String labelEs;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected DetectorOwner() {
        // for JPA
    }

    DetectorOwner(String code) {
        this.code = code;
    }

    /** The detectors as mapped, in order (mutable). */
    abstract List<TaxonomyDetector> detectorRows();

    /** A new detector of this owner (not yet in {@link #detectorRows()}). */
    abstract TaxonomyDetector newDetector(String key, int position);

    /** Adds a detector, or redefines the one with the same key. */
    public TaxonomyDetector saveDetector(DetectorForm form, Instant at, String by) {
        String key = TaxonomyDetector.requireKey(form.key());
        TaxonomyDetector d = detector(key).orElse(null);
        if (d == null) {
            d = newDetector(key, detectorRows().size());
            d.redefine(form);
            detectorRows().add(d);
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
        detectorRows().remove(d);
        int i = 0;
        for (TaxonomyDetector left : detectorRows()) {
            left.moveTo(i++);
        }
        touch(at, by);
    }

    public Optional<TaxonomyDetector> detector(String key) {
        return detectorRows().stream().filter(d -> d.getKey().equals(key)).findFirst();
    }

    /** Copies detector definitions of the seed (or of an import) into new rows. */
    void copyDetectors(List<DetectorDefinition> definitions) {
        int i = 0;
        for (DetectorDefinition dd : definitions) {
            TaxonomyDetector td = newDetector(dd.id(), i++);
            td.copy(dd);
            detectorRows().add(td);
        }
    }

    /** The detectors as the engine reads them. */
    List<DetectorDefinition> detectorDefinitions() {
        return detectorRows().stream().map(TaxonomyDetector::definition).toList();
    }

    /** Labels of the seed (or of an import): English, and Spanish falling back to English. */
    void copyLabels(Map<String, String> labels) {
        labelEn = labels.getOrDefault("en", code);
        labelEs = labels.getOrDefault("es", labelEn);
    }

    /**
     * Takes the labels an administrator filled in; an empty Spanish label is the English one.
     *
     * @throws IllegalArgumentException ({@code taxonomy.labelRequired}) without an English label of at most 255
     */
    void relabel(String en, String es) {
        if (en == null || en.isBlank() || en.strip().length() > 255) {
            throw new IllegalArgumentException("taxonomy.labelRequired");
        }
        labelEn = en.strip();
        labelEs = es == null || es.isBlank() ? labelEn : clip(es.strip());
    }

    private static String clip(String s) {
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    /** The labels as the engine reads them. */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", labelEn);
        labels.put("es", labelEs);
        return labels;
    }

    void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by == null ? "system" : by;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<TaxonomyDetector> getDetectors() {
        return Collections.unmodifiableList(detectorRows());
    }

    public long getVersion() {
        return version;
    }
}
