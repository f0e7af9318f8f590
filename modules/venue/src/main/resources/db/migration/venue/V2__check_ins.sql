-- Check-ins at entry points (DESIGN §5): one per (entry point, scan id) so that a retried scan is
-- recorded once (docs/adr/0012); scan ids are case-sensitive, hence ASCII with a binary collation.
-- A visitor is a registered person or, for a manual pass, the keyed hash of a document.
CREATE TABLE venue_check_in (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_point_id  BIGINT        NOT NULL,
    scan_id         VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    person_id       BIGINT        NULL,
    document_hash   BINARY(32)    NULL,
    scanned_at      TIMESTAMP(3)  NOT NULL,
    outcome         VARCHAR(10)   NOT NULL,
    reason          VARCHAR(40)   NOT NULL,
    colour          VARCHAR(10)   NULL,
    temperature     DECIMAL(4, 2) NOT NULL,
    fever           BOOLEAN       NOT NULL,
    message         VARCHAR(500)  NOT NULL,
    CONSTRAINT venue_check_in_scan UNIQUE (entry_point_id, scan_id),
    CONSTRAINT venue_check_in_visitor CHECK ((person_id IS NULL) <> (document_hash IS NULL)),
    CONSTRAINT venue_check_in_entry_point
        FOREIGN KEY (entry_point_id) REFERENCES venue_entry_point (id),
    INDEX venue_check_in_time (scanned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
