-- The legal bases of the taxonomy as data, edited by admins on admin/taxonomy.xhtml like the categories. Until now
-- they lived, with their detectors, in taxonomy_state.engine_json; at the next start TaxonomyRepository moves them
-- into these rows (from the stored JSON, so nothing the engine runs changes) and takes them out of the JSON.
-- Their detectors are rows of taxonomy_detector with legal_basis_id instead of category_id: one table, so a detector
-- key stays unique across categories and legal bases.
CREATE TABLE taxonomy_legal_basis (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    label_en      VARCHAR(255)  NOT NULL,
    label_es      VARCHAR(255)  NOT NULL,
    basis_rank    INT           NOT NULL,
    position      INT           NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by    VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_taxonomy_legal_basis_code UNIQUE (code),
    CONSTRAINT ck_taxonomy_legal_basis_rank CHECK (basis_rank >= 1 AND basis_rank <= 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE taxonomy_detector
    MODIFY category_id BIGINT NULL,
    ADD COLUMN legal_basis_id BIGINT NULL AFTER category_id,
    ADD CONSTRAINT fk_taxonomy_detector_legal_basis FOREIGN KEY (legal_basis_id) REFERENCES taxonomy_legal_basis (id)
        ON DELETE CASCADE,
    ADD CONSTRAINT ck_taxonomy_detector_owner CHECK ((category_id IS NULL) <> (legal_basis_id IS NULL));

CREATE INDEX ix_taxonomy_detector_legal_basis ON taxonomy_detector (legal_basis_id, position);

-- Like edited for the categories: once an admin changed a legal basis, a new seed no longer replaces them.
ALTER TABLE taxonomy_state
    ADD COLUMN legal_bases_edited BOOLEAN NOT NULL DEFAULT FALSE AFTER edited;
