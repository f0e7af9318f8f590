-- One-time sign-in codes (DESIGN §2): only a keyed hash of the code under a per-code salt.
-- The index serves both the "latest code for this phone" lookup and the per-phone rate limit.
CREATE TABLE identity_sign_in_code (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone_hash     BINARY(32)   NOT NULL,
    salt           BINARY(16)   NOT NULL,
    code_hash      BINARY(32)   NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    expires_at     TIMESTAMP(3) NOT NULL,
    wrong_attempts INT          NOT NULL DEFAULT 0,
    used_at        TIMESTAMP(3) NULL,
    INDEX identity_sign_in_code_phone (phone_hash, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per phone that ever asked for a code, locked while a request is counted and stored,
-- so that concurrent requests on several nodes cannot all slip under the rate limit.
CREATE TABLE identity_sign_in_throttle (
    phone_hash BINARY(32) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
