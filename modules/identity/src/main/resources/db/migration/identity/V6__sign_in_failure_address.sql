-- Failed staff sign-ins slow the caller down per username and per client address instead of
-- locking the account (issue 19, docs/adr/0019): each failure also records the address it came
-- from (as the trusted proxy forwarded it), counted like the username.
ALTER TABLE identity_staff_sign_in_failure
    ADD COLUMN client_address VARCHAR(45) NULL AFTER username,
    ADD INDEX identity_staff_sign_in_failure_address (client_address, failed_at);
