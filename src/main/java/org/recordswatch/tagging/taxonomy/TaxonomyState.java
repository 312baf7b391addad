package org.recordswatch.tagging.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row saying which version the stored taxonomy is at, which seed it came from, whether an administrator has
 * changed its categories or its legal bases since, and the parts the screens do not edit (fragments, cues) as seed
 * JSON.
 */
@Entity
@Table(name = "taxonomy_state")
public class TaxonomyState {

    static final byte ID = 1;

    @Id
    private byte id = ID;

    @Column(nullable = false)
    private int version;

    @Column(name = "seed_hash", nullable = false, length = 64)
    private String seedHash;

    @Column(nullable = false)
    private boolean edited;

    @Column(name = "legal_bases_edited", nullable = false)
    private boolean legalBasesEdited;

    @Column(name = "engine_json", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String engineJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected TaxonomyState() {
        // for JPA
    }

    TaxonomyState(int version, String seedHash, String engineJson, Instant at) {
        this.version = version;
        this.seedHash = seedHash;
        this.engineJson = engineJson;
        this.updatedAt = at;
        this.updatedBy = "system";
    }

    /**
     * An administrator saved a change: the version goes up, and later seeds no longer replace the categories (or the
     * legal bases, when one of them changed).
     */
    int edit(Instant at, String by, boolean legalBases) {
        version++;
        if (legalBases) {
            legalBasesEdited = true;
        } else {
            edited = true;
        }
        updatedAt = at;
        updatedBy = by;
        return version;
    }

    /** A new seed was loaded at startup. */
    int reseed(String newHash, String newEngineJson, boolean categoriesReplaced, boolean legalBasesReplaced,
            Instant at) {
        version++;
        seedHash = newHash;
        engineJson = newEngineJson;
        if (categoriesReplaced) {
            edited = false;
        }
        if (legalBasesReplaced) {
            legalBasesEdited = false;
        }
        updatedAt = at;
        updatedBy = "system";
        return version;
    }

    public int getVersion() {
        return version;
    }

    public String getSeedHash() {
        return seedHash;
    }

    /**
     * The legal bases moved out of the JSON into their rows (once, for a taxonomy stored before they had rows): the
     * version stays, the engine runs the same taxonomy.
     */
    void legalBasesMoved(String engineJsonWithout) {
        engineJson = engineJsonWithout;
    }

    /** Whether an administrator changed the categories since the seed was loaded. */
    public boolean isEdited() {
        return edited;
    }

    /** Whether an administrator changed the legal bases since the seed was loaded. */
    public boolean isLegalBasesEdited() {
        return legalBasesEdited;
    }

    public String getEngineJson() {
        return engineJson;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
