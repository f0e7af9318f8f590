-- The change feed gates download while online (docs/adr/0032): one row whenever a code id's colour
-- changes (every active code of the person), a code is revoked, or a code is created for a person
-- who is not green (NONE: the person has no colour yet). Read in keyset order (recorded_at, id) up to a few seconds before now, so that
-- a row committed late on another node is not jumped over; kept for the feed's retention, after
-- which a gate gets the full state again.
CREATE TABLE status_code_feed (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code_id      BINARY(16)   NOT NULL,
    colour       VARCHAR(10)  NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT status_code_feed_colour CHECK (colour IN ('GREEN', 'ORANGE', 'RED', 'REVOKED', 'NONE')),
    INDEX status_code_feed_order (recorded_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- the full state lists codes revoked within their validity
ALTER TABLE status_code ADD INDEX status_code_revoked_at (revoked_at);
