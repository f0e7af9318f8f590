-- Notification delivery with retries (docs/adr/0026): a failed attempt is counted and tried again
-- after a back-off (next_attempt_at); after the last attempt, or a refusal by the channel, the row
-- is failed for good (failed_at, with the kind of failure in last_failure) and stays readable by
-- the person in the app. Rows from before have no attempts and are due at once.
ALTER TABLE status_notification
    ADD COLUMN attempts        INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMP(3) NULL,
    ADD COLUMN failed_at       TIMESTAMP(3) NULL,
    ADD COLUMN last_failure    VARCHAR(40)  NULL;
