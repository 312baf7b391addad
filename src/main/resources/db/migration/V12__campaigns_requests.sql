-- Campaigns and records requests: one campaign fans out to one request per agency, each under its agency's law.
-- A request's clocks are stored as computed (request_deadline) with their explanation; every later change of a
-- deadline is kept in deadline_change (who, when, why).

CREATE TABLE campaign (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id       BIGINT        NOT NULL,
    title                 VARCHAR(255)  NOT NULL,
    description           TEXT,
    letter_template       MEDIUMTEXT    NOT NULL,
    records_described     TEXT,
    date_from             DATE,
    date_to               DATE,
    requester_name        VARCHAR(255)  NOT NULL,
    requester_email       VARCHAR(255),
    letter_language       VARCHAR(8)    NOT NULL DEFAULT 'en',
    shared_with_coalition BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by            VARCHAR(64)   NOT NULL,
    created_by_id         BIGINT,
    created_at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_campaign_organization (organization_id),
    CONSTRAINT fk_campaign_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_campaign_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT        NOT NULL,
    agency_id         BIGINT        NOT NULL,
    law_id            BIGINT,
    status            VARCHAR(32)   NOT NULL,
    letter_subject    VARCHAR(998)  NOT NULL,
    letter_text       MEDIUMTEXT    NOT NULL,
    received_on       DATE,
    submitted_at      TIMESTAMP(3)  NULL,
    submitted_by      VARCHAR(64),
    first_response_on DATE,
    completed_on      DATE,
    next_due_on       DATE,
    next_due_clock    VARCHAR(255),
    deemed_denial_on  DATE,
    tracking_number   VARCHAR(128),
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_records_request_campaign_agency UNIQUE (campaign_id, agency_id),
    KEY ix_records_request_agency (agency_id, status),
    KEY ix_records_request_next_due (next_due_on),
    KEY ix_records_request_status (status),
    CONSTRAINT fk_records_request_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_records_request_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_records_request_law FOREIGN KEY (law_id) REFERENCES law (id),
    CONSTRAINT ck_records_request_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED', 'EXTENDED',
        'PARTIALLY_FULFILLED', 'FULFILLED', 'DENIED', 'NO_RECORDS', 'WITHDRAWN', 'APPEALED', 'IN_LITIGATION', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each transition: who recorded it, when it happened (the agency's letter date), a note, a date the agency stated,
-- and for a denial what it contained and which of the law's required elements were missing.
CREATE TABLE request_transition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    request_id          BIGINT       NOT NULL,
    from_status         VARCHAR(32)  NOT NULL,
    to_status           VARCHAR(32)  NOT NULL,
    occurred_on         DATE         NOT NULL,
    stated_date         DATE,
    recorded_at         TIMESTAMP(3) NOT NULL,
    recorded_by         VARCHAR(64)  NOT NULL,
    recorded_by_role    VARCHAR(32),
    note                TEXT,
    records_withheld    TEXT,
    responsible_persons TEXT,
    denial_reason       TEXT,
    legal_authority     TEXT,
    appeal_rights       TEXT,
    volume_estimate     TEXT,
    missing_elements    VARCHAR(255),
    PRIMARY KEY (id),
    KEY ix_request_transition_request (request_id),
    CONSTRAINT fk_request_transition_request FOREIGN KEY (request_id) REFERENCES records_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_deadline (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    request_id    BIGINT       NOT NULL,
    clock_code    VARCHAR(32)  NOT NULL,
    clock_name    VARCHAR(255) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    deemed_denial BOOLEAN      NOT NULL DEFAULT FALSE,
    citation      VARCHAR(255),
    uncertain     BOOLEAN      NOT NULL DEFAULT FALSE,
    started_by    VARCHAR(32)  NOT NULL,
    started_on    DATE         NOT NULL,
    due_on        DATE,
    state         VARCHAR(16)  NOT NULL,
    ended_on      DATE,
    explanation   TEXT,
    position      INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_request_deadline_clock UNIQUE (request_id, clock_code),
    KEY ix_request_deadline_due (state, due_on),
    CONSTRAINT fk_request_deadline_request FOREIGN KEY (request_id) REFERENCES records_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    request_id      BIGINT       NOT NULL,
    clock_code      VARCHAR(32)  NOT NULL,
    clock_name      VARCHAR(255) NOT NULL,
    previous_due_on DATE,
    new_due_on      DATE,
    previous_state  VARCHAR(16),
    new_state       VARCHAR(16),
    changed_at      TIMESTAMP(3) NOT NULL,
    changed_by      VARCHAR(64)  NOT NULL,
    reason_key      VARCHAR(128) NOT NULL,
    note            TEXT,
    PRIMARY KEY (id),
    KEY ix_deadline_change_request (request_id),
    CONSTRAINT fk_deadline_change_request FOREIGN KEY (request_id) REFERENCES records_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Letters, e-mails, calls and notes about a request. Notes are internal to the requesting side.
CREATE TABLE correspondence (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    request_id   BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    direction    VARCHAR(16)  NOT NULL,
    occurred_on  DATE         NOT NULL,
    subject      VARCHAR(998),
    body         MEDIUMTEXT,
    recorded_at  TIMESTAMP(3) NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    outbox_id    BIGINT,
    PRIMARY KEY (id),
    KEY ix_correspondence_request (request_id),
    CONSTRAINT fk_correspondence_request FOREIGN KEY (request_id) REFERENCES records_request (id),
    CONSTRAINT ck_correspondence_kind CHECK (kind IN ('LETTER', 'EMAIL', 'CALL', 'PORTAL', 'NOTE')),
    CONSTRAINT ck_correspondence_direction CHECK (direction IN ('OUTGOING', 'INCOMING', 'INTERNAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
