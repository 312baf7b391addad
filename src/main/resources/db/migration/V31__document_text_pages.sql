-- What extraction found in each document (originals and the documents found inside them): the extraction status
-- (QUEUED, PARSING, DONE, FAILED_*) with its reason, the provenance (extractor version, options, limits hit, what
-- happened to the parsing process), the document's own text and metadata, and its text per page for PDFs.
-- A failed extraction keeps what was read before the failure, marked partial.

CREATE TABLE document_text (
    document_id        BIGINT        NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    reason             VARCHAR(1000),
    partial            BOOLEAN       NOT NULL DEFAULT FALSE,
    limits_hit         VARCHAR(255),
    process_outcome    VARCHAR(24),
    extractor_version  VARCHAR(128),
    options_used       VARCHAR(500),
    media_type         VARCHAR(255),
    charset            VARCHAR(64),
    embedded_id        VARCHAR(255),
    embedded_path      VARCHAR(2000),
    error              VARCHAR(255),
    encrypted          BOOLEAN       NOT NULL DEFAULT FALSE,
    ocr                BOOLEAN       NOT NULL DEFAULT FALSE,
    page_count         INT           NOT NULL DEFAULT 0,
    ocr_page_count     INT           NOT NULL DEFAULT 0,
    text_chars         BIGINT        NOT NULL DEFAULT 0,
    text               LONGTEXT,
    metadata           LONGTEXT,
    queued_at          TIMESTAMP(3)  NOT NULL,
    started_at         TIMESTAMP(3)  NULL,
    finished_at        TIMESTAMP(3)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id),
    KEY ix_document_text_status (status),
    CONSTRAINT fk_document_text_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT ck_document_text_status CHECK (status IN ('QUEUED', 'PARSING', 'DONE', 'FAILED_LIMIT',
        'FAILED_TIMEOUT', 'FAILED_PARSE', 'FAILED_ENCRYPTED')),
    CONSTRAINT ck_document_text_metadata CHECK (metadata IS NULL OR JSON_VALID(metadata))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_page (
    document_id   BIGINT    NOT NULL,
    page_number   INT       NOT NULL,
    text          LONGTEXT  NOT NULL,
    ocr           BOOLEAN   NOT NULL DEFAULT FALSE,
    PRIMARY KEY (document_id, page_number),
    CONSTRAINT fk_document_page_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT ck_document_page_number CHECK (page_number >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
