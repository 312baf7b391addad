-- What tagging could not place in the agency directory, for an analyst (issue 7 point 1): unknown government
-- e-mail domains proposed as new agencies (NEW_AGENCY), and parties no agency could be found for, or whose shared
-- domain left the agency a guess (UNKNOWN_PARTY). One row per campaign and domain / party (analysts see the
-- proposals of the campaigns whose communications they may read), counted across runs; an analyst accepts a
-- proposal (the agency is created with the domain) or dismisses it. Dismissed rows stay dismissed.
CREATE TABLE directory_proposal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(16)   NOT NULL,
    subject_key       VARCHAR(255)  NOT NULL,
    domain            VARCHAR(253),
    party_name        VARCHAR(255),
    party_email       VARCHAR(255),
    party_phone       VARCHAR(64),
    suggested_code    VARCHAR(64),
    suggested_name    VARCHAR(255),
    side              VARCHAR(16)   NOT NULL,
    jurisdiction      VARCHAR(16)   NOT NULL DEFAULT '',
    method            VARCHAR(32),
    evidence          VARCHAR(2000),
    campaign_id       BIGINT,
    example_message   VARCHAR(255),
    seen_count        INT           NOT NULL DEFAULT 1,
    first_seen_at     TIMESTAMP(3)  NOT NULL,
    last_seen_at      TIMESTAMP(3)  NOT NULL,
    status            VARCHAR(16)   NOT NULL DEFAULT 'OPEN',
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP(3)  NULL,
    decision_note     VARCHAR(2000),
    agency_id         BIGINT,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_directory_proposal_subject UNIQUE (kind, campaign_id, subject_key),
    CONSTRAINT fk_directory_proposal_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE SET NULL,
    CONSTRAINT fk_directory_proposal_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE SET NULL,
    CONSTRAINT ck_directory_proposal_kind CHECK (kind IN ('NEW_AGENCY', 'UNKNOWN_PARTY')),
    CONSTRAINT ck_directory_proposal_status CHECK (status IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
    CONSTRAINT ck_directory_proposal_side CHECK (side IN ('STATE', 'FEDERAL', 'LOCAL', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_directory_proposal_status ON directory_proposal (status, kind, last_seen_at);
