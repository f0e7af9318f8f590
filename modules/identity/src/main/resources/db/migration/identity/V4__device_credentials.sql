-- Entry-point device credentials (DESIGN §2, §5): one entry point may hold several over time;
-- a device signs in with the credential id and its secret. The secret is stored only as the
-- lower-case hex SHA-256 of its UTF-8 text; revoked credentials stay for the record.
CREATE TABLE identity_device_credential (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    entry_point_id  VARCHAR(64)  NOT NULL,
    secret_hash     CHAR(64)     NOT NULL,
    issued_at       TIMESTAMP(3) NOT NULL,
    revoked_at      TIMESTAMP(3) NULL,
    INDEX identity_device_credential_entry_point (entry_point_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
