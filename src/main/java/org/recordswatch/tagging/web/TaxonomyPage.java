package org.recordswatch.tagging.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.tagging.detect.DetectorType;
import org.recordswatch.tagging.detect.Validators;
import org.recordswatch.tagging.detect.Zone;
import org.recordswatch.tagging.taxonomy.CategoryForm;
import org.recordswatch.tagging.taxonomy.DetectorForm;
import org.recordswatch.tagging.taxonomy.DetectorOwner;
import org.recordswatch.tagging.taxonomy.LegalBasisForm;
import org.recordswatch.tagging.taxonomy.TaxonomyCategory;
import org.recordswatch.tagging.taxonomy.TaxonomyDetector;
import org.recordswatch.tagging.taxonomy.TaxonomyLegalBasis;
import org.recordswatch.tagging.taxonomy.TaxonomyService;

/**
 * Admin page: the taxonomy's categories and legal bases, editing a category or a legal basis and its detectors,
 * enabling and disabling, and a "try it" box that runs the detectors of the one selected on a pasted text.
 */
@Named
@ViewScoped
public class TaxonomyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaxonomyService taxonomy;

    private List<TaxonomyCategory> categories;
    private List<TaxonomyLegalBasis> legalBases;
    private String code;
    private String basisCode;

    // category form
    private boolean categoryOpen;
    private boolean newCategory;
    private String labelEn;
    private String labelEs;
    private String description;
    private String examples;
    private double threshold = 0.5;
    private boolean categoryEnabled = true;

    // legal-basis form (labels above)
    private boolean basisOpen;
    private int rank = 1;

    // detector form
    private boolean detectorOpen;
    private boolean newDetector;
    private String detectorKey;
    private DetectorType type = DetectorType.KEYWORDS;
    private String pattern;
    private String keywords;
    private String contextWords;
    private String excludingWords;
    private List<String> languages = new ArrayList<>();
    private double confidence = 0.8;
    private boolean caseSensitive;
    private String validator;
    private String valueSet;
    private List<String> suppressIn = new ArrayList<>();
    private String requireRules;
    private String excludeRules;
    private String attachmentName;
    private String attachmentMediaType;
    private String attachmentExclude;
    private boolean detectorEnabled = true;
    private String note;

    // try it
    private String trialText;
    private List<TrialHit> hits;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        categories = taxonomy.categories();
        legalBases = taxonomy.legalBases();
    }

    public List<TaxonomyCategory> getCategories() {
        return categories;
    }

    public int getVersion() {
        return taxonomy.version();
    }

    /** The category being looked at (null when none or a new one). */
    public TaxonomyCategory getCategory() {
        if (code == null) {
            return null;
        }
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst().orElse(null);
    }

    public List<TaxonomyLegalBasis> getLegalBases() {
        return legalBases;
    }

    /** The legal basis being looked at (null when none). */
    public TaxonomyLegalBasis getLegalBasis() {
        if (basisCode == null) {
            return null;
        }
        return legalBases.stream().filter(b -> b.getCode().equals(basisCode)).findFirst().orElse(null);
    }

    /** The category or legal basis whose detectors are shown (null when none). */
    public DetectorOwner getOwner() {
        return basisCode != null ? getLegalBasis() : getCategory();
    }

    public String label(DetectorOwner o) {
        return o.label(Messages.currentLocale().getLanguage());
    }

    // ------------------------------------------------------------ categories

    public void select(TaxonomyCategory c) {
        code = c.getCode();
        basisCode = null;
        basisOpen = false;
        CategoryForm f = c.form();
        categoryOpen = true;
        newCategory = false;
        labelEn = f.labelEn();
        labelEs = f.labelEs();
        description = f.description();
        examples = String.join("\n", f.examples());
        threshold = f.threshold();
        categoryEnabled = f.enabled();
        detectorOpen = false;
        hits = null;
    }

    public void startNewCategory() {
        code = null;
        basisCode = null;
        basisOpen = false;
        categoryOpen = true;
        newCategory = true;
        labelEn = null;
        labelEs = null;
        description = null;
        examples = null;
        threshold = 0.5;
        categoryEnabled = true;
        detectorOpen = false;
        hits = null;
    }

    public void saveCategory() {
        try {
            TaxonomyCategory saved = taxonomy.saveCategory(newCategory, new CategoryForm(code, labelEn, labelEs,
                    description, lines(examples), threshold, categoryEnabled));
            reload();
            select(saved);
            Messages.info("taxonomy.categorySaved", saved.getCode());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void enableCategory(TaxonomyCategory c, boolean on) {
        try {
            taxonomy.enableCategory(c.getCode(), on);
            reload();
            Messages.info(on ? "taxonomy.categoryEnabled" : "taxonomy.categoryDisabled", c.getCode());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    // ----------------------------------------------------------- legal bases

    public void selectBasis(TaxonomyLegalBasis b) {
        basisCode = b.getCode();
        code = null;
        categoryOpen = false;
        basisOpen = true;
        LegalBasisForm f = b.form();
        labelEn = f.labelEn();
        labelEs = f.labelEs();
        rank = f.rank();
        detectorOpen = false;
        hits = null;
    }

    public void saveBasis() {
        try {
            TaxonomyLegalBasis saved = taxonomy.saveLegalBasis(new LegalBasisForm(basisCode, labelEn, labelEs, rank));
            reload();
            selectBasis(saved);
            Messages.info("taxonomy.basisSaved", saved.getCode());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    // ------------------------------------------------------------- detectors

    public void startNewDetector() {
        detectorOpen = true;
        newDetector = true;
        detectorKey = basisCode != null ? "basis." : code == null ? null : code + ".";
        type = DetectorType.KEYWORDS;
        pattern = null;
        keywords = null;
        contextWords = null;
        excludingWords = null;
        languages = new ArrayList<>();
        confidence = 0.8;
        caseSensitive = false;
        validator = null;
        valueSet = null;
        suppressIn = new ArrayList<>(List.of(Zone.SIGNATURE.name(), Zone.QUESTION.name(), Zone.NEGATED.name(),
                Zone.HEDGED.name()));
        requireRules = null;
        excludeRules = null;
        attachmentName = null;
        attachmentMediaType = null;
        attachmentExclude = null;
        detectorEnabled = true;
        note = null;
    }

    public void editDetector(TaxonomyDetector d) {
        DetectorForm f = d.form();
        detectorOpen = true;
        newDetector = false;
        detectorKey = f.key();
        type = f.type();
        pattern = f.pattern();
        keywords = String.join("\n", f.keywords());
        contextWords = String.join("\n", f.contextWords());
        excludingWords = String.join("\n", f.excludingWords());
        languages = new ArrayList<>(new TreeSet<>(f.languages()));
        confidence = f.confidence();
        caseSensitive = f.caseSensitive();
        validator = f.validator();
        valueSet = f.valueSet();
        suppressIn = new ArrayList<>(f.suppressIn().stream().map(Zone::name).sorted().toList());
        requireRules = f.requireRules();
        excludeRules = f.excludeRules();
        attachmentName = f.attachmentName();
        attachmentMediaType = f.attachmentMediaType();
        attachmentExclude = f.attachmentExclude();
        detectorEnabled = f.enabled();
        note = f.note();
    }

    private DetectorForm detectorForm() {
        Set<Zone> zones = EnumSet.noneOf(Zone.class);
        for (String z : suppressIn) {
            zones.add(Zone.valueOf(z));
        }
        return new DetectorForm(detectorKey, type, pattern, lines(keywords), lines(contextWords),
                lines(excludingWords), new LinkedHashSet<>(languages), confidence, caseSensitive, validator, valueSet,
                zones, requireRules, excludeRules, attachmentName, attachmentMediaType, attachmentExclude,
                detectorEnabled, note);
    }

    public void saveDetector() {
        try {
            DetectorOwner saved = basisCode != null ? taxonomy.saveBasisDetector(basisCode, detectorForm())
                    : taxonomy.saveDetector(code, detectorForm());
            reload();
            newDetector = false;
            Messages.info("taxonomy.detectorSaved", detectorKey, saved.getCode());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void enableDetector(TaxonomyDetector d, boolean on) {
        try {
            if (basisCode != null) {
                taxonomy.enableBasisDetector(basisCode, d.getKey(), on);
            } else {
                taxonomy.enableDetector(code, d.getKey(), on);
            }
            reload();
            Messages.info(on ? "taxonomy.detectorEnabled" : "taxonomy.detectorDisabled", d.getKey());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void removeDetector(TaxonomyDetector d) {
        try {
            if (basisCode != null) {
                taxonomy.removeBasisDetector(basisCode, d.getKey());
            } else {
                taxonomy.removeDetector(code, d.getKey());
            }
            reload();
            if (d.getKey().equals(detectorKey)) {
                detectorOpen = false;
            }
            Messages.info("taxonomy.detectorRemoved", d.getKey());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void closeDetector() {
        detectorOpen = false;
    }

    // --------------------------------------------------------------- try it

    /** Runs the stored detectors of the category or legal basis on the pasted text. */
    public void tryIt() {
        runTrial(null);
    }

    /** Runs the category or legal basis with the detector as filled in (unsaved) on the pasted text. */
    public void tryDraft() {
        runTrial(detectorForm());
    }

    private void runTrial(DetectorForm draft) {
        if (code == null && basisCode == null) {
            return;
        }
        try {
            hits = basisCode != null
                    ? taxonomy.tryLegalBasis(basisCode, draft, trialText).stream().map(TrialHit::of).toList()
                    : taxonomy.tryCategory(code, draft, trialText).stream().map(TrialHit::of).toList();
            if (hits.isEmpty()) {
                Messages.info("taxonomy.tryNothing");
            }
        } catch (BusinessException e) {
            hits = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public List<TrialHit> getHits() {
        return hits;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ------------------------------------------------------------ choices

    /** The detector types for the one selected: legal-basis detectors read text, not attachment names. */
    public List<DetectorType> getTypes() {
        return Arrays.stream(DetectorType.values())
                .filter(t -> basisCode == null || t != DetectorType.ATTACHMENT).toList();
    }

    public List<String> getZones() {
        return Arrays.stream(Zone.values()).map(Zone::name).toList();
    }

    public List<String> getValidators() {
        return new ArrayList<>(new TreeSet<>(Validators.names()));
    }

    public List<String> getLanguageChoices() {
        return List.of("en", "es");
    }

    // ------------------------------------------------------------ accessors

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public boolean isCategoryOpen() {
        return categoryOpen;
    }

    public boolean isNewCategory() {
        return newCategory;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getExamples() {
        return examples;
    }

    public void setExamples(String examples) {
        this.examples = examples;
    }

    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double threshold) {
        this.threshold = threshold;
    }

    public String getBasisCode() {
        return basisCode;
    }

    public boolean isBasisOpen() {
        return basisOpen;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public boolean isCategoryEnabled() {
        return categoryEnabled;
    }

    public void setCategoryEnabled(boolean categoryEnabled) {
        this.categoryEnabled = categoryEnabled;
    }

    public boolean isDetectorOpen() {
        return detectorOpen;
    }

    public boolean isNewDetector() {
        return newDetector;
    }

    public String getDetectorKey() {
        return detectorKey;
    }

    public void setDetectorKey(String detectorKey) {
        this.detectorKey = detectorKey;
    }

    public DetectorType getType() {
        return type;
    }

    public void setType(DetectorType type) {
        this.type = type;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getContextWords() {
        return contextWords;
    }

    public void setContextWords(String contextWords) {
        this.contextWords = contextWords;
    }

    public String getExcludingWords() {
        return excludingWords;
    }

    public void setExcludingWords(String excludingWords) {
        this.excludingWords = excludingWords;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public double getConfidence() {
        return confidence;
    }

    public void setConfidence(double confidence) {
        this.confidence = confidence;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public String getValidator() {
        return validator;
    }

    public void setValidator(String validator) {
        this.validator = validator;
    }

    public List<String> getSuppressIn() {
        return suppressIn;
    }

    public void setSuppressIn(List<String> suppressIn) {
        this.suppressIn = suppressIn == null ? new ArrayList<>() : new ArrayList<>(suppressIn);
    }

    public String getRequireRules() {
        return requireRules;
    }

    public void setRequireRules(String requireRules) {
        this.requireRules = requireRules;
    }

    public String getExcludeRules() {
        return excludeRules;
    }

    public void setExcludeRules(String excludeRules) {
        this.excludeRules = excludeRules;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public void setAttachmentName(String attachmentName) {
        this.attachmentName = attachmentName;
    }

    public String getAttachmentMediaType() {
        return attachmentMediaType;
    }

    public void setAttachmentMediaType(String attachmentMediaType) {
        this.attachmentMediaType = attachmentMediaType;
    }

    public String getAttachmentExclude() {
        return attachmentExclude;
    }

    public void setAttachmentExclude(String attachmentExclude) {
        this.attachmentExclude = attachmentExclude;
    }

    public boolean isDetectorEnabled() {
        return detectorEnabled;
    }

    public void setDetectorEnabled(boolean detectorEnabled) {
        this.detectorEnabled = detectorEnabled;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTrialText() {
        return trialText;
    }

    public void setTrialText(String trialText) {
        this.trialText = trialText;
    }
}
