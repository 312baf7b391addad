-- Outgoing mail (kept whatever happens to it), in-app notifications, and the secret calendar-feed tokens.

CREATE TABLE outbox_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    created_at      TIMESTAMP(3)  NOT NULL,
    organization_id BIGINT,
    user_id         BIGINT,
    created_by      VARCHAR(64),
    recipients      VARCHAR(1000) NOT NULL,
    reply_to        VARCHAR(255),
    subject         VARCHAR(998)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    attachment_name VARCHAR(255),
    attachment_type VARCHAR(128),
    attachment      LONGBLOB,
    status          VARCHAR(32)   NOT NULL,
    held_reason     VARCHAR(64),
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP(3)  NULL,
    reference_type  VARCHAR(64),
    reference_id    VARCHAR(64),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_outbox_mail_status (status),
    KEY ix_outbox_mail_organization (organization_id),
    KEY ix_outbox_mail_user (user_id),
    CONSTRAINT ck_outbox_mail_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'HELD', 'DELIVERED_BY_HAND'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    user_id     BIGINT        NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    message_key VARCHAR(128)  NOT NULL,
    args        VARCHAR(2000),
    link        VARCHAR(512),
    read_at     TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_notification_user (user_id, read_at),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a feed token is stored; the token is shown once, when it is made.
CREATE TABLE calendar_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    revoked_at TIMESTAMP(3) NULL,
    last_used_at TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_calendar_token_hash UNIQUE (token_hash),
    KEY ix_calendar_token_user (user_id),
    CONSTRAINT fk_calendar_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
