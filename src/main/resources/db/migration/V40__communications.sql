-- Communications derived from a campaign's extracted records: each distinct message once (communication), where it
-- appears (communication_appearance), its parties and attachments, and the threads it belongs to. Rows are derived:
-- the analysis job replaces them per campaign, keeping ids stable through stable_key (the splitter's identity of the
-- message or thread), so that analyst decisions stored against them survive a re-analysis.

CREATE TABLE conversation_thread (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT        NOT NULL,
    stable_key     VARCHAR(64)   NOT NULL,
    subject        VARCHAR(998)  NOT NULL DEFAULT '',
    first_sent_at  TIMESTAMP(3)  NULL,
    last_sent_at   TIMESTAMP(3)  NULL,
    message_count  INT           NOT NULL DEFAULT 0,
    analyzed_at    TIMESTAMP(3)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_thread_key UNIQUE (campaign_id, stable_key),
    KEY ix_conversation_thread_first (campaign_id, first_sent_at),
    CONSTRAINT fk_conversation_thread_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communication (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id          BIGINT        NOT NULL,
    stable_key           VARCHAR(64)   NOT NULL,
    -- first appearance
    request_id           BIGINT        NOT NULL,
    document_id          BIGINT        NOT NULL,
    document_name        VARCHAR(2000) NOT NULL,
    locator              VARCHAR(255)  NOT NULL DEFAULT '',
    page_from            INT,
    page_to              INT,
    producing_agency     VARCHAR(64),
    sent_at              TIMESTAMP(3)  NULL,
    -- NULL when the local time was read without an offset and placed in the producing agency's zone
    sent_offset_minutes  INT,
    time_basis           VARCHAR(16)   NOT NULL DEFAULT 'NONE',
    from_name            VARCHAR(512),
    from_email           VARCHAR(320),
    from_phone           VARCHAR(64),
    subject              VARCHAR(998)  NOT NULL DEFAULT '',
    own_text             MEDIUMTEXT    NOT NULL,
    signature            TEXT,
    quoted_text          MEDIUMTEXT,
    channel              VARCHAR(16)   NOT NULL,
    message_id           VARCHAR(998),
    in_reply_to          VARCHAR(998),
    reference_ids        TEXT,
    mailbox_owner        VARCHAR(512),
    ocr                  BOOLEAN       NOT NULL DEFAULT FALSE,
    notes                TEXT,
    thread_id            BIGINT,
    analyzed_at          TIMESTAMP(3)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_communication_key UNIQUE (campaign_id, stable_key),
    KEY ix_communication_sent (campaign_id, sent_at),
    KEY ix_communication_from (campaign_id, from_email),
    KEY ix_communication_thread (thread_id, sent_at),
    KEY ix_communication_document (document_id),
    KEY ix_communication_request (request_id),
    CONSTRAINT ck_communication_channel CHECK (channel IN ('EMAIL', 'TEXT_MESSAGE', 'LETTER')),
    CONSTRAINT fk_communication_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_communication_request FOREIGN KEY (request_id) REFERENCES records_request (id),
    CONSTRAINT fk_communication_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_communication_thread FOREIGN KEY (thread_id) REFERENCES conversation_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recipients: to, cc, bcc, in header order.
CREATE TABLE communication_party (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    communication_id  BIGINT        NOT NULL,
    kind              VARCHAR(8)    NOT NULL,
    position          INT           NOT NULL,
    name              VARCHAR(512),
    email             VARCHAR(320),
    phone             VARCHAR(64),
    PRIMARY KEY (id),
    KEY ix_communication_party_comm (communication_id, kind, position),
    KEY ix_communication_party_email (email),
    CONSTRAINT ck_communication_party_kind CHECK (kind IN ('TO', 'CC', 'BCC')),
    CONSTRAINT fk_communication_party_comm FOREIGN KEY (communication_id) REFERENCES communication (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every place a communication appears (position 0 is the first appearance, the one the communication row repeats).
CREATE TABLE communication_appearance (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    communication_id  BIGINT        NOT NULL,
    position          INT           NOT NULL,
    request_id        BIGINT        NOT NULL,
    document_id       BIGINT        NOT NULL,
    document_name     VARCHAR(2000) NOT NULL,
    locator           VARCHAR(255)  NOT NULL DEFAULT '',
    page_from         INT,
    page_to           INT,
    producing_agency  VARCHAR(64),
    PRIMARY KEY (id),
    KEY ix_communication_appearance_comm (communication_id, position),
    KEY ix_communication_appearance_document (document_id),
    CONSTRAINT fk_communication_appearance_comm FOREIGN KEY (communication_id) REFERENCES communication (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_communication_appearance_request FOREIGN KEY (request_id) REFERENCES records_request (id),
    CONSTRAINT fk_communication_appearance_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments a communication carried (a child document when the extractor unpacked it, else only its name).
CREATE TABLE communication_attachment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    communication_id  BIGINT        NOT NULL,
    position          INT           NOT NULL,
    document_id       BIGINT,
    name              VARCHAR(1000),
    media_type        VARCHAR(255),
    PRIMARY KEY (id),
    KEY ix_communication_attachment_comm (communication_id, position),
    CONSTRAINT fk_communication_attachment_comm FOREIGN KEY (communication_id) REFERENCES communication (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_communication_attachment_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The state of a campaign's analysis (split, resolve, tag): what the job last did and when.
CREATE TABLE campaign_analysis (
    campaign_id      BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    documents        INT           NOT NULL DEFAULT 0,
    communications   INT           NOT NULL DEFAULT 0,
    threads          INT           NOT NULL DEFAULT 0,
    started_at       TIMESTAMP(3)  NULL,
    finished_at      TIMESTAMP(3)  NULL,
    error            VARCHAR(1000),
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id),
    CONSTRAINT ck_campaign_analysis_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT fk_campaign_analysis_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
