-- Revoked token subjects (issue 19, docs/adr/0019): a token whose subject is listed here and that
-- was issued at or before revoked_at is refused on every node, although its signature and expiry
-- hold. Written in the transaction that disables a staff account; read by each node into a
-- snapshot it refreshes at least every second. A later revocation of the same subject moves
-- revoked_at on.
CREATE TABLE platform_token_revocation (
    subject     VARCHAR(120) NOT NULL PRIMARY KEY,
    revoked_at  TIMESTAMP(3) NOT NULL,
    revoked_by  VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
