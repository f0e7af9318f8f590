-- Staff accounts (DESIGN §1, §2): health-authority staff, auditors and platform admins sign in
-- with a username and a password kept only as a slow salted hash (PBKDF2-HMAC-SHA256, its
-- parameters stored with it). Roles are a comma-separated list of staff role names.
CREATE TABLE identity_staff_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(40)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    roles          VARCHAR(120) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    disabled_at    TIMESTAMP(3) NULL,
    disabled_by    VARCHAR(100) NULL,
    CONSTRAINT identity_staff_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Failed staff sign-ins, for throttling per username across every node. Rows older than the
-- throttling window no longer count and are removed as new failures arrive.
CREATE TABLE identity_staff_sign_in_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    failed_at  TIMESTAMP(3) NOT NULL,
    INDEX identity_staff_sign_in_failure_username (username, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
