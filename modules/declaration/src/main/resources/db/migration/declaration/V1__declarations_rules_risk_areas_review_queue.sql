-- Declarations (DESIGN §3): each submission is a new immutable row that supersedes the person's
-- previous one; the answers are kept as JSON as submitted, with the review's outcome and every
-- fired rule (id, version, description, outcome), never recomputed.
CREATE TABLE declaration_declaration (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    supersedes_id BIGINT       NULL,
    submitted_at  TIMESTAMP(3) NOT NULL,
    submitted_by  VARCHAR(100) NOT NULL,
    answers       LONGTEXT     NOT NULL CHECK (JSON_VALID(answers)),
    outcome       VARCHAR(20)  NOT NULL,
    fired_rules   LONGTEXT     NOT NULL CHECK (JSON_VALID(fired_rules)),
    reviewed_at   TIMESTAMP(3) NOT NULL,
    INDEX declaration_declaration_person (person_id, id),
    CONSTRAINT declaration_declaration_supersedes
        FOREIGN KEY (supersedes_id) REFERENCES declaration_declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Review rules as data (ADR 7): a version is never edited, a change is a new version.
CREATE TABLE declaration_rule (
    id           VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NULL,
    outcome      VARCHAR(20)  NOT NULL,
    description  VARCHAR(500) NOT NULL,
    condition_json TEXT       NOT NULL CHECK (JSON_VALID(condition_json)),
    created_at   TIMESTAMP(3) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Risk areas set by supervisors; ending one sets its last day.
CREATE TABLE declaration_risk_area (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region      VARCHAR(6)   NOT NULL,
    level       VARCHAR(10)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    ended_at    TIMESTAMP(3) NULL,
    ended_by    VARCHAR(100) NULL,
    INDEX declaration_risk_area_validity (valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Declarations a reviewer must look at, and the reviewer's decision.
CREATE TABLE declaration_review_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    declaration_id  BIGINT       NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    decision        VARCHAR(10)  NULL,
    reason          VARCHAR(500) NULL,
    decided_by      VARCHAR(100) NULL,
    decided_at      TIMESTAMP(3) NULL,
    version         INT          NOT NULL,
    CONSTRAINT declaration_review_item_declaration UNIQUE (declaration_id),
    CONSTRAINT declaration_review_item_declaration_fk
        FOREIGN KEY (declaration_id) REFERENCES declaration_declaration (id),
    INDEX declaration_review_item_open (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The baseline rules of DESIGN §3, generated once from persistence/baseline-rules.json.
INSERT INTO declaration_rule
    (id, version, valid_from, valid_to, outcome, description, condition_json, created_at, created_by)
VALUES
    ('RED-CONFIRMED-OR-SUSPECTED-CASE', 1, '2020-02-29', NULL, 'RED', 'Declares being a confirmed or suspected case', '{"kind":"CASE_STATUS","statuses":["CONFIRMED","SUSPECTED"]}', NOW(3), 'migration'),
    ('RED-CLOSE-CONTACT', 1, '2020-02-29', NULL, 'RED', 'Close contact with a confirmed or suspected case in the last 14 days', '{"kind":"CONTACT_WITH_CASE","kinds":["CONFIRMED","SUSPECTED"],"withinDays":14}', NOW(3), 'migration'),
    ('RED-FEVER-AND-HIGH-RISK-STAY', 1, '2020-02-29', NULL, 'RED', 'Temperature of 37.3 °C or more and a stay in a high-risk area in the last 14 days', '{"kind":"FEVER_AND_STAY_IN","minTemperature":37.3,"levels":["HIGH"],"withinDays":14}', NOW(3), 'migration'),
    ('ORANGE-RISK-AREA-STAY', 1, '2020-02-29', NULL, 'ORANGE', 'A stay in a medium- or high-risk area in the last 14 days', '{"kind":"STAY_IN","levels":["MEDIUM","HIGH"],"withinDays":14}', NOW(3), 'migration'),
    ('ORANGE-SYMPTOM', 1, '2020-02-29', NULL, 'ORANGE', 'At least one symptom in the last 14 days', '{"kind":"ANY_SYMPTOM","symptoms":["FEVER","COUGH","FATIGUE","SORE_THROAT","SHORTNESS_OF_BREATH","DIARRHOEA","LOSS_OF_TASTE_OR_SMELL"]}', NOW(3), 'migration'),
    ('ORANGE-ARRIVAL', 1, '2020-02-29', NULL, 'ORANGE', 'Arriving from outside the city, not yet 14 days after arrival', '{"kind":"ARRIVING_WITHIN","days":14}', NOW(3), 'migration'),
    ('MANUAL-FEVER-NOT-DECLARED', 1, '2020-02-29', NULL, 'MANUAL_REVIEW', 'Temperature of 37.3 °C or more, but fever not declared as a symptom', '{"kind":"INCONSISTENT","contradictions":["FEVER_NOT_DECLARED"],"feverFrom":37.3}', NOW(3), 'migration'),
    ('MANUAL-ARRIVAL-FROM-INSIDE-CITY', 1, '2020-02-29', NULL, 'MANUAL_REVIEW', 'Declared as arriving, but the origin lies inside the city', '{"kind":"INCONSISTENT","contradictions":["ARRIVAL_FROM_INSIDE_CITY"]}', NOW(3), 'migration'),
    ('MANUAL-FUTURE-ARRIVAL-IN-CITY', 1, '2020-02-29', NULL, 'MANUAL_REVIEW', 'Arrival still to come, but the current location is a district of the city', '{"kind":"INCONSISTENT","contradictions":["FUTURE_ARRIVAL_WHILE_IN_CITY"]}', NOW(3), 'migration'),
    ('MANUAL-OVERLAPPING-STAYS', 1, '2020-02-29', NULL, 'MANUAL_REVIEW', 'Stays in two different regions overlap by more than the travel day', '{"kind":"INCONSISTENT","contradictions":["OVERLAPPING_STAYS"]}', NOW(3), 'migration');
