-- The re-encryption of personal fields under the current data key (docs/adr/0028): one row per job,
-- its target key, how far it got in each table (ids below the cursor are done) and its counts, so a
-- run that stops (node gone, restart) goes on from there on any node. Which node runs it is decided
-- by the lease 'identity.data-key-rotation' (platform_lease, docs/adr/0023).
CREATE TABLE identity_data_key_job (
    name               VARCHAR(40)  NOT NULL PRIMARY KEY,
    state              VARCHAR(12)  NOT NULL,
    target_key_id      VARCHAR(32)  NULL,
    person_cursor      BIGINT       NOT NULL DEFAULT 0,
    account_cursor     BIGINT       NOT NULL DEFAULT 0,
    rows_examined      BIGINT       NOT NULL DEFAULT 0,
    fields_reencrypted BIGINT       NOT NULL DEFAULT 0,
    started_by         VARCHAR(120) NULL,
    started_at         TIMESTAMP(3) NULL,
    updated_at         TIMESTAMP(3) NULL,
    finished_at        TIMESTAMP(3) NULL,
    CONSTRAINT identity_data_key_job_state CHECK (state IN ('IDLE', 'RUNNING', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO identity_data_key_job (name, state) VALUES ('reencryption', 'IDLE');
