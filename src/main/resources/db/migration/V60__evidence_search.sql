-- Evidence: full-text search over communications and analysts' saved searches.

-- InnoDB FULLTEXT over the subject and the message's own text (never its quoted history).
CREATE FULLTEXT INDEX ft_communication_text ON communication (subject, own_text);

-- A search an analyst saved: its name and the query (the same key=value parameters the search page's URL uses).
CREATE TABLE saved_search (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    owner       VARCHAR(64)   NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    query       VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_saved_search_name UNIQUE (owner, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
