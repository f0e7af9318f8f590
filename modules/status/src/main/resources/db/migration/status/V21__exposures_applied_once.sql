-- Each exposure a tracing run applies, once per run and person (docs/adr/0043): written in the
-- transaction that changes the code, so a run resumed after a crash finds what it had applied and
-- changes nothing twice (an ORANGE observation would otherwise restart again).
CREATE TABLE status_exposure_applied (
    source      VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    person_id   BIGINT       NOT NULL,
    outcome     VARCHAR(24)  NOT NULL
        CHECK (outcome IN ('MARKED_ORANGE', 'OBSERVATION_RESTARTED', 'STAYED_RED')),
    applied_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (source, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
