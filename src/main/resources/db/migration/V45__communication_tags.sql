-- Tags of communications and threads. Detector rows (source DETECTOR, status PROPOSED) are replaced by each analysis;
-- analyst decisions (source ANALYST, or status CONFIRMED / REJECTED) are kept and win over what detectors say.

CREATE TABLE communication_tag (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    communication_id  BIGINT         NOT NULL,
    kind              VARCHAR(16)    NOT NULL,
    code              VARCHAR(64)    NOT NULL,
    disclosed         BOOLEAN        NOT NULL DEFAULT FALSE,
    excerpt           VARCHAR(1000),
    -- where the excerpt was found: BODY (the message's own text), SUBJECT, ATTACHMENT (named text_name)
    text_source       VARCHAR(16),
    text_name         VARCHAR(1000),
    start_offset      INT,
    end_offset        INT,
    page              INT,
    detector          VARCHAR(128),
    confidence        DECIMAL(4, 3),
    source            VARCHAR(16)    NOT NULL DEFAULT 'DETECTOR',
    status            VARCHAR(16)    NOT NULL DEFAULT 'PROPOSED',
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP(3)   NULL,
    note              VARCHAR(1000),
    PRIMARY KEY (id),
    KEY ix_communication_tag_comm (communication_id, kind, code),
    KEY ix_communication_tag_code (kind, code),
    CONSTRAINT ck_communication_tag_kind CHECK (kind IN ('CATEGORY', 'LEGAL_BASIS', 'DIRECTION', 'SENDER_ORG',
        'RECIPIENT_ORG')),
    CONSTRAINT ck_communication_tag_source CHECK (source IN ('DETECTOR', 'ANALYST')),
    CONSTRAINT ck_communication_tag_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT fk_communication_tag_comm FOREIGN KEY (communication_id) REFERENCES communication (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Thread tags: INITIATOR (side code), OUTCOME (disclosed, refused, ...), COUNTERPART (agency code), LEGAL_BASIS.
CREATE TABLE thread_tag (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    thread_id    BIGINT         NOT NULL,
    kind         VARCHAR(16)    NOT NULL,
    code         VARCHAR(64)    NOT NULL,
    source       VARCHAR(16)    NOT NULL DEFAULT 'DETECTOR',
    status       VARCHAR(16)    NOT NULL DEFAULT 'PROPOSED',
    decided_by   VARCHAR(64),
    decided_at   TIMESTAMP(3)   NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (id),
    KEY ix_thread_tag_thread (thread_id, kind),
    CONSTRAINT ck_thread_tag_kind CHECK (kind IN ('INITIATOR', 'OUTCOME', 'COUNTERPART', 'LEGAL_BASIS')),
    CONSTRAINT ck_thread_tag_source CHECK (source IN ('DETECTOR', 'ANALYST')),
    CONSTRAINT ck_thread_tag_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT fk_thread_tag_thread FOREIGN KEY (thread_id) REFERENCES conversation_thread (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
