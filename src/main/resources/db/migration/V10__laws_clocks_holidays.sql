-- Public-records laws as data: each law of a jurisdiction with its clocks, and holiday calendars as rules.
-- See docs/requests.md for what every column means to the deadline engine.

CREATE TABLE holiday_calendar (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    jurisdiction VARCHAR(16)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    notes        TEXT,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_holiday_calendar_jurisdiction UNIQUE (jurisdiction)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE holiday_rule (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    calendar_id  BIGINT       NOT NULL,
    name         VARCHAR(128) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    month        INT,
    day_of_month INT,
    weekday      VARCHAR(16),
    nth          INT,
    base_name    VARCHAR(128),
    offset_days  INT,
    observance   VARCHAR(32)  NOT NULL DEFAULT 'NONE',
    first_year   INT,
    last_year    INT,
    notes        VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uq_holiday_rule_name UNIQUE (calendar_id, name),
    CONSTRAINT fk_holiday_rule_calendar FOREIGN KEY (calendar_id) REFERENCES holiday_calendar (id) ON DELETE CASCADE,
    CONSTRAINT ck_holiday_rule_kind CHECK (kind IN ('FIXED_DATE', 'NTH_WEEKDAY', 'LAST_WEEKDAY', 'WEEKDAY_ON_OR_AFTER',
                                                     'RELATIVE_TO', 'EASTER_OFFSET')),
    CONSTRAINT ck_holiday_rule_observance CHECK (observance IN ('NONE', 'SUNDAY_TO_MONDAY', 'NEAREST_WEEKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE law (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    code                  VARCHAR(32)   NOT NULL,
    jurisdiction          VARCHAR(16)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    short_name            VARCHAR(64)   NOT NULL,
    citation              VARCHAR(255)  NOT NULL,
    url                   VARCHAR(1000),
    notes                 TEXT,
    calendar_jurisdiction VARCHAR(16)   NOT NULL,
    receipt_rule          VARCHAR(32)   NOT NULL DEFAULT 'SAME_DAY',
    denial_elements       VARCHAR(255),
    denial_citation       VARCHAR(255),
    damages_per_day       DECIMAL(10, 2),
    damages_note          VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_law_code UNIQUE (code),
    -- One public-records law per jurisdiction: an agency's jurisdiction picks its law.
    CONSTRAINT uq_law_jurisdiction UNIQUE (jurisdiction),
    CONSTRAINT ck_law_receipt_rule CHECK (receipt_rule IN ('SAME_DAY', 'NEXT_BUSINESS_DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE law_clock (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    law_id        BIGINT       NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    length_days   INT,
    unit          VARCHAR(16)  NOT NULL,
    starts_on     VARCHAR(32)  NOT NULL,
    count_from    VARCHAR(32),
    roll_rule     VARCHAR(32)  NOT NULL,
    met_by        VARCHAR(255),
    superseded_by VARCHAR(255),
    deemed_denial BOOLEAN      NOT NULL DEFAULT FALSE,
    citation      VARCHAR(255),
    notes         TEXT,
    uncertain     BOOLEAN      NOT NULL DEFAULT FALSE,
    position      INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_law_clock_code UNIQUE (law_id, code),
    CONSTRAINT fk_law_clock_law FOREIGN KEY (law_id) REFERENCES law (id) ON DELETE CASCADE,
    CONSTRAINT ck_law_clock_kind CHECK (kind IN ('ACKNOWLEDGE', 'DETERMINE', 'PRODUCE', 'EXTENSION', 'APPEAL',
                                                 'APPEAL_DECISION')),
    CONSTRAINT ck_law_clock_unit CHECK (unit IN ('BUSINESS_DAYS', 'CALENDAR_DAYS')),
    CONSTRAINT ck_law_clock_roll CHECK (roll_rule IN ('NEXT_BUSINESS_DAY', 'PREVIOUS_BUSINESS_DAY', 'NONE')),
    CONSTRAINT ck_law_clock_length CHECK (length_days IS NULL OR length_days BETWEEN 0 AND 3650)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
