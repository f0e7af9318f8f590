-- Sign-in codes waiting to be sent by SMS (docs/adr/0026): written in the transaction that stores
-- the code, so a code is sent only if it was stored, and sent even if the node restarts before the
-- gateway answers. message holds phone and code sealed (AES-GCM, like every personal field) and is
-- cleared once the entry is sent or failed. A delivery is claimed first (claimed_by, claimed_until:
-- a replicated write, so two nodes of a Galera cluster cannot both claim it), then sent, then
-- marked sent_at; a failed attempt sets next_attempt_at by back-off, and after the last attempt, a
-- refusal or the code's expiry, failed_at with the kind of failure in last_failure.
CREATE TABLE identity_sms_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at      TIMESTAMP(3)  NOT NULL,
    expires_at      TIMESTAMP(3)  NOT NULL,
    message         VARBINARY(200) NULL,
    language        VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NOT NULL,
    claimed_by      VARCHAR(120)  NULL,
    claimed_until   TIMESTAMP(3)  NULL,
    sent_at         TIMESTAMP(3)  NULL,
    failed_at       TIMESTAMP(3)  NULL,
    last_failure    VARCHAR(40)   NULL,
    INDEX identity_sms_outbox_due (sent_at, failed_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
