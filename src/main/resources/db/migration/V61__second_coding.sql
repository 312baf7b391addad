-- The optional second-coder pass: an analyst codes a message's categories independently (present or absent); the
-- board compares these answers with the message's tags (Cohen's kappa per category).
CREATE TABLE second_coding (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    communication_id  BIGINT        NOT NULL,
    coder             VARCHAR(64)   NOT NULL,
    code              VARCHAR(64)   NOT NULL,
    present           BOOLEAN       NOT NULL,
    coded_at          TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_second_coding UNIQUE (communication_id, coder, code),
    KEY ix_second_coding_code (code),
    CONSTRAINT fk_second_coding_comm FOREIGN KEY (communication_id) REFERENCES communication (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
