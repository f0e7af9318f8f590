-- Manual colour changes under dual control (DESIGN §4): one reviewer proposes, a different
-- supervisor approves or rejects. based_on_version is the code's version the proposal was made on.
CREATE TABLE status_change_proposal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    target_colour    VARCHAR(10)  NOT NULL,
    reason_code      VARCHAR(40)  NOT NULL,
    reason_text      VARCHAR(500) NOT NULL,
    legal_basis      VARCHAR(200) NOT NULL,
    proposed_by      VARCHAR(100) NOT NULL,
    proposed_at      TIMESTAMP(3) NOT NULL,
    based_on_version BIGINT       NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       TIMESTAMP(3) NULL,
    decision_reason  VARCHAR(500) NULL,
    INDEX status_change_proposal_state (state, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A person (or their proxy) contests the current colour; a reviewer answers.
CREATE TABLE status_appeal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    contested_colour VARCHAR(10)  NOT NULL,
    contested_version BIGINT      NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    appealed_by      VARCHAR(100) NOT NULL,
    appealed_at      TIMESTAMP(3) NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    outcome          VARCHAR(10)  NULL,
    answer           VARCHAR(500) NULL,
    answered_by      VARCHAR(100) NULL,
    answered_at      TIMESTAMP(3) NULL,
    INDEX status_appeal_state (state, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
