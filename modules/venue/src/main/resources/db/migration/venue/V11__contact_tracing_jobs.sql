-- Contact tracing as a job (docs/adr/0043): the confirmed case is the job. QUEUED when recorded,
-- APPLYING once its contacts are found and written below, DONE when every exposure is applied.
-- Cases recorded before this migration ran to the end inside their request: DONE.
ALTER TABLE venue_confirmed_case
    ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'DONE'
        CHECK (state IN ('QUEUED', 'APPLYING', 'DONE')),
    ADD COLUMN exposed_persons INT NULL,
    ADD COLUMN finished_at TIMESTAMP(3) NULL,
    ADD INDEX venue_confirmed_case_state (state, id);

-- The registered persons a case exposed; outcome NULL until their exposure is applied.
CREATE TABLE venue_case_exposure (
    case_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    outcome    VARCHAR(24) NULL
        CHECK (outcome IN ('MARKED_ORANGE', 'OBSERVATION_RESTARTED', 'STAYED_RED')),
    PRIMARY KEY (case_id, person_id),
    CONSTRAINT venue_case_exposure_case FOREIGN KEY (case_id) REFERENCES venue_confirmed_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
