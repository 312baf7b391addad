-- Background jobs (extraction of a document, analysis of a campaign, ...), persistent so that they survive restarts.
-- A job is QUEUED, then RUNNING while a worker holds it, then DONE or FAILED (or a kind-specific FAILED_* status).
-- At most one QUEUED and at most one RUNNING job exist per kind and subject (the two generated keys below), so a
-- double click, a retried upload or a restart can never queue the same work twice.

CREATE TABLE job (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(32)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    request_id       BIGINT,
    status           VARCHAR(24)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    max_attempts     INT           NOT NULL DEFAULT 3,
    not_before       TIMESTAMP(3)  NOT NULL,
    reason           VARCHAR(1000),
    progress_done    BIGINT        NOT NULL DEFAULT 0,
    progress_total   BIGINT        NOT NULL DEFAULT 0,
    progress_note    VARCHAR(255),
    created_at       TIMESTAMP(3)  NOT NULL,
    started_at       TIMESTAMP(3)  NULL,
    finished_at      TIMESTAMP(3)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    queued_key       VARCHAR(64) AS (CASE WHEN status = 'QUEUED' THEN CONCAT(kind, ':', subject_id) END) STORED,
    running_key      VARCHAR(64) AS (CASE WHEN status = 'RUNNING' THEN CONCAT(kind, ':', subject_id) END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uq_job_queued UNIQUE (queued_key),
    CONSTRAINT uq_job_running UNIQUE (running_key),
    KEY ix_job_claim (status, not_before, id),
    KEY ix_job_subject (kind, subject_id, id),
    KEY ix_job_request (request_id, kind),
    CONSTRAINT ck_job_attempts CHECK (attempts >= 0 AND max_attempts >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
