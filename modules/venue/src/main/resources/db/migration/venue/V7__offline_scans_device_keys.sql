-- Scans a gate decided offline and uploaded later (docs/adr/0033), and online scans of another
-- city's code (docs/adr/0032), recorded as such; both in the same check-ins, tracing and counts.
ALTER TABLE venue_check_in
    MODIFY COLUMN method VARCHAR(12) NOT NULL DEFAULT 'SCAN'
        CHECK (method IN ('SCAN', 'MANUAL_PASS', 'VENUE_CODE', 'OFFLINE_SCAN', 'FOREIGN_SCAN'));

-- The ECDSA P-256 public keys (SubjectPublicKeyInfo DER) devices registered to sign their offline
-- scans, per device credential; a device that registers again (storage cleared) adds a key, and
-- the newest few of its credential verify its uploads.
CREATE TABLE venue_offline_device_key (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credential_id   VARCHAR(64)   CHARACTER SET ascii NOT NULL,
    entry_point_id  BIGINT        NOT NULL,
    public_key      VARBINARY(200) NOT NULL,
    registered_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT venue_offline_device_key_entry_point
        FOREIGN KEY (entry_point_id) REFERENCES venue_entry_point (id),
    INDEX venue_offline_device_key_credential (credential_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
