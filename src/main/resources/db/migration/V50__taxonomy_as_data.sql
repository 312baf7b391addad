-- The sensitive-data taxonomy as data (issue 7 point 5): categories and their detectors in tables that admins edit
-- from admin/taxonomy.xhtml. The rows are filled at the first start from the seed taxonomy
-- (org/recordswatch/tagging/taxonomy-seed.json, whose codes are those of shared/eval/taxonomy.json) by
-- TaxonomySeeder; TaxonomyService builds the engine's Taxonomy from them. See docs/tagging.md.

-- One row: the taxonomy's version (increased by every saved edit), where the rows came from, and the parts of the
-- taxonomy the screens do not edit (shared pattern fragments, language cues, legal bases with their detectors) as
-- the seed's JSON.
CREATE TABLE taxonomy_state (
    id            TINYINT      NOT NULL,
    version       INT          NOT NULL,
    seed_hash     CHAR(64)     NOT NULL,
    edited        BOOLEAN      NOT NULL DEFAULT FALSE,
    engine_json   MEDIUMTEXT   NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_taxonomy_state_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE taxonomy_category (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    label_en      VARCHAR(255)  NOT NULL,
    label_es      VARCHAR(255)  NOT NULL,
    description   TEXT,
    examples      TEXT,
    threshold     DOUBLE        NOT NULL DEFAULT 0.5,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    position      INT           NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by    VARCHAR(64)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_taxonomy_category_code UNIQUE (code),
    CONSTRAINT ck_taxonomy_category_threshold CHECK (threshold >= 0 AND threshold <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- keywords, context_words, excluding_words, examples: one entry per line. languages, suppress_in: comma separated.
-- require_rules / exclude_rules: the seed's context rules as JSON ([{"scope":"before","chars":30,"patterns":[...]}]).
CREATE TABLE taxonomy_detector (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    category_id           BIGINT        NOT NULL,
    detector_key          VARCHAR(128)  NOT NULL,
    type                  VARCHAR(16)   NOT NULL,
    pattern               TEXT,
    keywords              TEXT,
    context_words         TEXT,
    excluding_words       TEXT,
    languages             VARCHAR(64)   NOT NULL DEFAULT '',
    confidence            DOUBLE        NOT NULL,
    case_sensitive        BOOLEAN       NOT NULL DEFAULT FALSE,
    validator             VARCHAR(32),
    value_set             VARCHAR(64),
    suppress_in           VARCHAR(128)  NOT NULL DEFAULT '',
    require_rules         TEXT,
    exclude_rules         TEXT,
    attachment_name       VARCHAR(1000),
    attachment_media_type VARCHAR(1000),
    attachment_exclude    VARCHAR(1000),
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    note                  VARCHAR(2000),
    position              INT           NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_taxonomy_detector_key UNIQUE (detector_key),
    CONSTRAINT fk_taxonomy_detector_category FOREIGN KEY (category_id) REFERENCES taxonomy_category (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_taxonomy_detector_type CHECK (type IN ('PATTERN', 'KEYWORDS', 'ATTACHMENT')),
    CONSTRAINT ck_taxonomy_detector_confidence CHECK (confidence >= 0 AND confidence <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_taxonomy_detector_category ON taxonomy_detector (category_id, position);
