-- The code ids of health codes (DESIGN §4, docs/adr/0008): a random 128-bit id per person and kind,
-- stable until revoked, so that a refresh of the app's code writes nothing and a scan is one read
-- by primary key. Each person has at most one active code of each kind; the generated column is
-- the person id while the code is active and NULL once revoked (a unique index ignores NULLs).
CREATE TABLE status_code (
    code_id        BINARY(16)   NOT NULL PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    revoked_at     TIMESTAMP(3) NULL,
    revoked_by     VARCHAR(100) NULL,
    active_person  BIGINT AS (IF(revoked_at IS NULL, person_id, NULL)) PERSISTENT,
    CONSTRAINT status_code_kind CHECK (kind IN ('DYNAMIC', 'PRINTED')),
    CONSTRAINT status_code_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    UNIQUE KEY status_code_one_active (active_person, kind),
    INDEX status_code_person (person_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
