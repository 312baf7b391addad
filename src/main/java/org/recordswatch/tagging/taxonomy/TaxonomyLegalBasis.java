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
import org.recordswatch.tagging.detect.LegalBasisDefinition;

/**
 * A legal basis a request can cite, as stored ({@code taxonomy_legal_basis}), with its detectors in order. The codes
 * come from the seed (those of {@code LegalBasis}) and never change; administrators edit the labels, the rank and the
 * detectors. {@link #definition()} is what the engine compiles.
 */
@Entity
@Table(name = "taxonomy_legal_basis")
@NamedQuery(name = "TaxonomyLegalBasis.all",
        query = "SELECT b FROM TaxonomyLegalBasis b ORDER BY b.position, b.code")
@NamedQuery(name = "TaxonomyLegalBasis.byCode", query = "SELECT b FROM TaxonomyLegalBasis b WHERE b.code = :code")
public class TaxonomyLegalBasis extends DetectorOwner {

    static final int MIN_RANK = 1;
    static final int MAX_RANK = 99;

    @Column(name = "basis_rank", nullable = false)
    private int rank;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "legalBasis", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TaxonomyDetector> detectors = new ArrayList<>();

    protected TaxonomyLegalBasis() {
        // for JPA
    }

    private TaxonomyLegalBasis(String code, int position) {
        super(code);
        this.position = position;
    }

    /** A legal basis holding a definition of the seed (or of an import), detectors included. */
    static TaxonomyLegalBasis of(LegalBasisDefinition d, int position, Instant at, String by) {
        TaxonomyLegalBasis b = new TaxonomyLegalBasis(d.code(), position);
        b.copyLabels(d.labels());
        b.rank = d.rank();
        b.copyDetectors(d.detectors());
        b.touch(at, by);
        return b;
    }

    /**
     * Takes what an administrator filled in (everything but the code).
     *
     * @throws IllegalArgumentException with a message key ({@code taxonomy.labelRequired}, {@code taxonomy.rankInvalid})
     */
    public void describe(LegalBasisForm f, Instant at, String by) {
        if (f.rank() < MIN_RANK || f.rank() > MAX_RANK) {
            throw new IllegalArgumentException("taxonomy.rankInvalid");
        }
        relabel(f.labelEn(), f.labelEs());
        rank = f.rank();
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

    /** The legal basis as the engine reads it. */
    public LegalBasisDefinition definition() {
        return new LegalBasisDefinition(getCode(), labels(), rank, detectorDefinitions());
    }

    /** This legal basis as a form, for editing. */
    public LegalBasisForm form() {
        return new LegalBasisForm(getCode(), getLabelEn(), getLabelEs(), rank);
    }

    public int getRank() {
        return rank;
    }

    public int getPosition() {
        return position;
    }
}
