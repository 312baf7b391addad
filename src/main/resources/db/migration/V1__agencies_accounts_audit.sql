-- Records Watch foundation schema: the agency directory, organizations and accounts, and the audit trail.
-- MariaDB only. InnoDB, utf8mb4 throughout.

CREATE TABLE agency (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    side            VARCHAR(16)  NOT NULL,
    jurisdiction    VARCHAR(16)  NOT NULL,
    custodian_name  VARCHAR(255),
    custodian_title VARCHAR(255),
    custodian_email VARCHAR(255),
    custodian_phone VARCHAR(64),
    postal_address  VARCHAR(1000),
    portal_url      VARCHAR(1000),
    notes           TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_code UNIQUE (code),
    CONSTRAINT ck_agency_side CHECK (side IN ('STATE', 'FEDERAL', 'LOCAL', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_domain (
    agency_id BIGINT       NOT NULL,
    domain    VARCHAR(253) NOT NULL,
    PRIMARY KEY (agency_id, domain),
    KEY ix_agency_domain_domain (domain),
    CONSTRAINT fk_agency_domain_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coalition (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(255) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uq_coalition_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organization (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(255) NOT NULL,
    coalition_id BIGINT,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uq_organization_name UNIQUE (name),
    CONSTRAINT fk_organization_coalition FOREIGN KEY (coalition_id) REFERENCES coalition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(255) NOT NULL,
    email           VARCHAR(255),
    password_hash   VARCHAR(512) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    organization_id BIGINT,
    agency_id       BIGINT,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    locale          VARCHAR(8)   NOT NULL DEFAULT 'en',
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(3) NULL,
    last_login_at   TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_app_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADVOCATE', 'RECORDS_OFFICER', 'ANALYST', 'ADMIN')),
    -- A records officer is bound to exactly one agency; nobody else is bound to an agency.
    CONSTRAINT ck_app_user_officer_agency CHECK ((role = 'RECORDS_OFFICER') = (agency_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(128) NOT NULL,
    token_prefix CHAR(8)      NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at   TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    last_used_at TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail. Each entry carries the SHA-256 of its predecessor's hash and its own fields, so any
-- change to a past entry breaks the chain; the triggers below refuse UPDATE and DELETE for every database user.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at TIMESTAMP(3) NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64),
    target_id   VARCHAR(128),
    outcome     VARCHAR(16)  NOT NULL,
    client_ip   VARCHAR(64),
    prev_hash   CHAR(64)     NOT NULL,
    entry_hash  CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_actor (actor, occurred_at),
    KEY ix_audit_entry_target (target_type, target_id),
    KEY ix_audit_entry_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

-- The head of the audit hash chain; appending locks this row so that entries chain strictly one after another.
CREATE TABLE audit_head (
    id        TINYINT  NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
