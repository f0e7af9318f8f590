-- Health codes (DESIGN §4): one row per person with a colour, and the insert-only history of every
-- change. The row is the fold of its history; version counts the changes and is the optimistic
-- lock: a save updates the row only where the version is still the one it read.
CREATE TABLE status_health_code (
    person_id        BIGINT       NOT NULL PRIMARY KEY,
    colour           VARCHAR(10)  NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    since            TIMESTAMP(3) NOT NULL,
    observation_end  TIMESTAMP(3) NULL,
    version          BIGINT       NOT NULL,
    -- the observation timers: due ORANGE codes, earliest first
    INDEX status_health_code_observation (colour, observation_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every change of a code: cause, who made it (and who approved a MANUAL one), why, from/to.
-- (person_id, version) is unique, so two writers can never both append the same version.
CREATE TABLE status_colour_change (
    person_id        BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    cause            VARCHAR(20)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    approved_by      VARCHAR(100) NULL,
    reason           VARCHAR(500) NOT NULL,
    from_colour      VARCHAR(10)  NULL,
    to_colour        VARCHAR(10)  NOT NULL,
    observation_end  TIMESTAMP(3) NULL,
    changed_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Declaration reviews not yet applied to a code (ADR 10): written in the declaration's own
-- transaction, removed in the transaction that applies them.
CREATE TABLE status_pending_review (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    declaration_id   BIGINT       NOT NULL,
    outcome          VARCHAR(20)  NOT NULL,
    colour           VARCHAR(10)  NOT NULL,
    rules            VARCHAR(500) NOT NULL,
    reviewed_at      TIMESTAMP(3) NOT NULL,
    received_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT status_pending_review_once UNIQUE (declaration_id, reviewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
