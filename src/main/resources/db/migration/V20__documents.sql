-- Document intake: stored originals, their children (members of containers, attachments), every receipt of a file
-- (the chain of custody), and upload batches.

CREATE TABLE upload_batch (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    request_id      BIGINT       NOT NULL,
    channel         VARCHAR(24)  NOT NULL,
    ocr_enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    ocr_languages   VARCHAR(32)  NOT NULL DEFAULT 'eng+spa',
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_upload_batch_request (request_id, created_at),
    CONSTRAINT fk_upload_batch_request FOREIGN KEY (request_id) REFERENCES records_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    request_id     BIGINT        NOT NULL,
    batch_id       BIGINT,
    parent_id      BIGINT,
    root_id        BIGINT,
    depth          INT           NOT NULL DEFAULT 0,
    child_index    INT,
    path           VARCHAR(2000) NOT NULL,
    original_name  VARCHAR(1000) NOT NULL,
    sha256         CHAR(64),
    size_bytes     BIGINT,
    media_type     VARCHAR(255)  NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    -- Originals are unique per request and content (root_sha256 = sha256 for originals, NULL for children, which
    -- are identified by their parent and place in it).
    root_sha256    CHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT uq_document_request_digest UNIQUE (request_id, root_sha256),
    -- A child is the n-th embedded document of its parent: re-extracting a parent can never duplicate its children.
    CONSTRAINT uq_document_child UNIQUE (parent_id, child_index),
    CONSTRAINT ck_document_child_index CHECK ((parent_id IS NULL) = (child_index IS NULL)),
    CONSTRAINT ck_document_root_sha256 CHECK ((parent_id IS NULL AND root_sha256 = sha256) OR (parent_id IS NOT NULL AND root_sha256 IS NULL)),
    -- An original always has its bytes stored; a child has them when the extractor could unpack them.
    CONSTRAINT ck_document_original_bytes CHECK (parent_id IS NOT NULL OR (sha256 IS NOT NULL AND size_bytes IS NOT NULL)),
    KEY ix_document_sha256 (sha256),
    KEY ix_document_parent (parent_id),
    KEY ix_document_root (root_id),
    KEY ix_document_request (request_id, created_at),
    CONSTRAINT fk_document_request FOREIGN KEY (request_id) REFERENCES records_request (id),
    CONSTRAINT fk_document_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id),
    CONSTRAINT fk_document_parent FOREIGN KEY (parent_id) REFERENCES document (id),
    CONSTRAINT fk_document_root FOREIGN KEY (root_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every time a file reached the app: who brought it, from which organization or agency, when, how.
CREATE TABLE document_receipt (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    document_id        BIGINT        NOT NULL,
    batch_id           BIGINT,
    received_at        TIMESTAMP(3)  NOT NULL,
    uploaded_by        VARCHAR(64)   NOT NULL,
    uploader_role      VARCHAR(32)   NOT NULL,
    organization_id    BIGINT,
    agency_id          BIGINT,
    affiliation        VARCHAR(255),
    channel            VARCHAR(24)   NOT NULL,
    original_name      VARCHAR(1000) NOT NULL,
    duplicate          BOOLEAN       NOT NULL DEFAULT FALSE,
    bates_start        VARCHAR(64),
    bates_end          VARCHAR(64),
    client_ip          VARCHAR(64),
    PRIMARY KEY (id),
    KEY ix_document_receipt_document (document_id, received_at),
    CONSTRAINT fk_document_receipt_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_receipt_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id),
    CONSTRAINT fk_document_receipt_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_document_receipt_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
