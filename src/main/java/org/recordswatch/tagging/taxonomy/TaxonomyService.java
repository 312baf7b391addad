package org.recordswatch.tagging.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.tagging.TaggableMessage;
import org.recordswatch.tagging.TaggingEngine;
import org.recordswatch.tagging.detect.CategoryDefinition;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.CompiledTaxonomy;
import org.recordswatch.tagging.detect.DefinitionProblem;
import org.recordswatch.tagging.detect.DetectorDefinition;
import org.recordswatch.tagging.detect.Finding;
import org.recordswatch.tagging.detect.InvalidTaxonomyException;
import org.recordswatch.tagging.detect.LegalBasisDefinition;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.party.AgencyDirectory;

/**
 * The taxonomy as data, as users see it: analysts and admins read it and try categories and legal bases on a text;
 * only admins change it. Every change is checked by compiling the whole taxonomy with it (a bad pattern, an unknown validator,
 * a duplicate detector id are refused with the detector named, and nothing is saved), raises the version, is
 * audited, and fires {@link TaxonomyChanged} so the tagging pipeline rebuilds its engine.
 */
@Stateless
public class TaxonomyService {

    /** The longest text the "try it" box runs on. */
    public static final int MAX_TRIAL_CHARS = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<TaxonomyChanged> changes;

    /** The stored taxonomy, as the engine compiles it. */
    @Authorized({Role.ANALYST, Role.ADMIN})
    public Taxonomy current() {
        return repository.current();
    }

    @Authorized({Role.ANALYST, Role.ADMIN})
    public int version() {
        return repository.version();
    }

    @Authorized({Role.ANALYST, Role.ADMIN})
    public List<TaxonomyCategory> categories() {
        return repository.categories();
    }

    @Authorized({Role.ANALYST, Role.ADMIN})
    public TaxonomyCategory category(String code) {
        return repository.category(code).orElseThrow(() -> new NotFoundException("taxonomy category", code));
    }

    /** Creates a category ({@code create}) or changes everything of an existing one but its code. */
    @Authorized(Role.ADMIN)
    public TaxonomyCategory saveCategory(boolean create, CategoryForm form) {
        TaxonomyState state = lockedState();
        Instant at = clock.instant();
        String by = callers.current().username();
        TaxonomyCategory category;
        try {
            if (create) {
                String code = form.code() == null ? "" : form.code().strip();
                if (repository.category(code).isPresent()) {
                    throw new BusinessException("taxonomy.codeTaken", code);
                }
                category = new TaxonomyCategory(code, repository.categories().size());
                category.describe(form, at, by);
                em.persist(category);
            } else {
                category = category(form.code());
                category.describe(form, at, by);
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        return saved(state, category, create ? "TAXONOMY_CATEGORY_CREATE" : "TAXONOMY_CATEGORY_UPDATE",
                "taxonomy_category", category.getCode());
    }

    @Authorized(Role.ADMIN)
    public TaxonomyCategory enableCategory(String code, boolean on) {
        TaxonomyState state = lockedState();
        TaxonomyCategory category = category(code);
        category.enable(on, clock.instant(), callers.current().username());
        return saved(state, category, on ? "TAXONOMY_CATEGORY_ENABLE" : "TAXONOMY_CATEGORY_DISABLE",
                "taxonomy_category", code);
    }

    /** Adds a detector to a category, or changes the category's detector with the same key. */
    @Authorized(Role.ADMIN)
    public TaxonomyCategory saveDetector(String code, DetectorForm form) {
        TaxonomyState state = lockedState();
        return detectorSaved(state, category(code), form);
    }

    @Authorized(Role.ADMIN)
    public TaxonomyCategory enableDetector(String code, String key, boolean on) {
        TaxonomyState state = lockedState();
        return detectorEnabled(state, category(code), key, on);
    }

    @Authorized(Role.ADMIN)
    public TaxonomyCategory removeDetector(String code, String key) {
        TaxonomyState state = lockedState();
        return detectorRemoved(state, category(code), key);
    }

    /**
     * Runs one category's detectors on a pasted text (as a message body) and returns what they found, with excerpts.
     * The category runs even when disabled; its disabled detectors do not. With a {@code draft}, that detector (new or
     * replacing the one with its key) runs as filled in, unsaved.
     */
    @Authorized({Role.ANALYST, Role.ADMIN})
    public List<CategoryHit> tryCategory(String code, DetectorForm draft, String text) {
        if (!trialText(text)) {
            return List.of();
        }
        CategoryDefinition c = category(code).definition();
        if (draft != null) {
            c = c.withDetector(draft(draft));
        }
        c = new CategoryDefinition(c.code(), c.labels(), c.examples(), c.threshold(), true, c.detectors());
        Taxonomy all = repository.current();
        return trialEngine(new Taxonomy(all.version(), all.fragments(), all.cues(), List.of(c), all.legalBases()))
                .hits(trialMessage(text));
    }

    // ---------------------------------------------------------------------------------------------- legal bases

    @Authorized({Role.ANALYST, Role.ADMIN})
    public List<TaxonomyLegalBasis> legalBases() {
        return repository.legalBases();
    }

    @Authorized({Role.ANALYST, Role.ADMIN})
    public TaxonomyLegalBasis legalBasis(String code) {
        return repository.legalBasis(code).orElseThrow(() -> new NotFoundException("taxonomy legal basis", code));
    }

    /** Changes the labels and the rank of a legal basis (its code and the set of bases are fixed). */
    @Authorized(Role.ADMIN)
    public TaxonomyLegalBasis saveLegalBasis(LegalBasisForm form) {
        TaxonomyState state = lockedState();
        TaxonomyLegalBasis basis = legalBasis(form.code());
        try {
            basis.describe(form, clock.instant(), callers.current().username());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        return saved(state, basis, "TAXONOMY_LEGAL_BASIS_UPDATE", "taxonomy_legal_basis", basis.getCode());
    }

    /** Adds a detector to a legal basis, or changes the basis's detector with the same key. */
    @Authorized(Role.ADMIN)
    public TaxonomyLegalBasis saveBasisDetector(String code, DetectorForm form) {
        TaxonomyState state = lockedState();
        return detectorSaved(state, legalBasis(code), form);
    }

    @Authorized(Role.ADMIN)
    public TaxonomyLegalBasis enableBasisDetector(String code, String key, boolean on) {
        TaxonomyState state = lockedState();
        return detectorEnabled(state, legalBasis(code), key, on);
    }

    @Authorized(Role.ADMIN)
    public TaxonomyLegalBasis removeBasisDetector(String code, String key) {
        TaxonomyState state = lockedState();
        return detectorRemoved(state, legalBasis(code), key);
    }

    /**
     * Runs one legal basis's detectors on a pasted text (as the body of a request, as the classifier reads it: not in
     * the signature) and returns what they found. Its disabled detectors do not run; with a {@code draft}, that
     * detector (new or replacing the one with its key) runs as filled in, unsaved.
     */
    @Authorized({Role.ANALYST, Role.ADMIN})
    public List<Finding> tryLegalBasis(String code, DetectorForm draft, String text) {
        if (!trialText(text)) {
            return List.of();
        }
        LegalBasisDefinition b = legalBasis(code).definition();
        if (draft != null) {
            b = b.withDetector(draft(draft));
        }
        Taxonomy all = repository.current();
        return trialEngine(new Taxonomy(all.version(), all.fragments(), all.cues(), List.of(), List.of(b)))
                .legalBasis(trialMessage(text)).evidence();
    }

    // ------------------------------------------------------------------------------------ detectors of an owner

    private <T extends DetectorOwner> T detectorSaved(TaxonomyState state, T owner, DetectorForm form) {
        String key = form.key() == null ? "" : form.key().strip();
        repository.ownerOfDetector(key).filter(other -> other != owner).ifPresent(other -> {
            throw new BusinessException("taxonomy.detectorKeyTaken", key, other.getCode());
        });
        checkRules(key, form);
        boolean create = owner.detector(key).isEmpty();
        try {
            owner.saveDetector(form, clock.instant(), callers.current().username());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        return saved(state, owner, create ? "TAXONOMY_DETECTOR_CREATE" : "TAXONOMY_DETECTOR_UPDATE",
                "taxonomy_detector", key);
    }

    private <T extends DetectorOwner> T detectorEnabled(TaxonomyState state, T owner, String key, boolean on) {
        try {
            owner.enableDetector(key, on, clock.instant(), callers.current().username());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("taxonomy detector", key);
        }
        return saved(state, owner, on ? "TAXONOMY_DETECTOR_ENABLE" : "TAXONOMY_DETECTOR_DISABLE",
                "taxonomy_detector", key);
    }

    private <T extends DetectorOwner> T detectorRemoved(TaxonomyState state, T owner, String key) {
        try {
            owner.removeDetector(key, clock.instant(), callers.current().username());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("taxonomy detector", key);
        }
        return saved(state, owner, "TAXONOMY_DETECTOR_REMOVE", "taxonomy_detector", key);
    }

    // ------------------------------------------------------------------------------------------------- trials

    /** Whether there is a text to try; refuses one too long. */
    private static boolean trialText(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (text.length() > MAX_TRIAL_CHARS) {
            throw new BusinessException("taxonomy.tryTooLong", MAX_TRIAL_CHARS);
        }
        return true;
    }

    /** The detector as filled in, unsaved. */
    private DetectorDefinition draft(DetectorForm form) {
        checkRules(form.key(), form);
        try {
            return TaxonomyDetector.draft(form);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
    }

    private static TaggingEngine trialEngine(Taxonomy only) {
        try {
            return TaggingEngine.create(AgencyDirectory.of(List.of()), only);
        } catch (InvalidTaxonomyException e) {
            throw invalid(e.problems());
        }
    }

    private static TaggableMessage trialMessage(String text) {
        return TaggableMessage.builder("trial").body(text).build();
    }

    private void checkRules(String key, DetectorForm form) {
        for (String json : new String[] {form.requireRules(), form.excludeRules()}) {
            try {
                ContextRules.fromJson(json);
            } catch (IllegalArgumentException e) {
                throw new BusinessException("taxonomy.rulesInvalid", key, e.getMessage());
            }
        }
    }

    private TaxonomyState lockedState() {
        TaxonomyState state = repository.lockedState();
        if (state == null) {
            throw new IllegalStateException("The taxonomy has not been seeded");
        }
        return state;
    }

    /**
     * Compiles the whole stored taxonomy with the change in it; refuses it (the transaction rolls back, nothing is
     * saved) when anything is wrong, else raises the version, audits and announces the change.
     */
    private <T extends DetectorOwner> T saved(TaxonomyState state, T changed, String action, String targetType,
            String targetId) {
        em.flush();
        Taxonomy candidate = TaxonomyMapping.taxonomy(state.getVersion() + 1, state.getEngineJson(),
                repository.categories(), repository.legalBases());
        List<DefinitionProblem> problems = CompiledTaxonomy.check(candidate);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        String by = callers.current().username();
        int version = state.edit(clock.instant(), by, changed instanceof TaxonomyLegalBasis);
        em.flush();
        audit.record(by, action, targetType, targetId);
        changes.fire(new TaxonomyChanged(version, by, targetType + " " + targetId));
        return changed;
    }

    private static BusinessException invalid(List<DefinitionProblem> problems) {
        DefinitionProblem first = problems.get(0);
        return new BusinessException("taxonomy.invalid", first.where(), first.message(), problems.size());
    }
}
