-- How each visitor was recorded (docs/adr/0013). A citizen's check-in by venue code has no
-- measured temperature: the guard measures by hand.
ALTER TABLE venue_check_in
    ADD COLUMN method VARCHAR(12) NOT NULL DEFAULT 'SCAN'
        CHECK (method IN ('SCAN', 'MANUAL_PASS', 'VENUE_CODE')),
    MODIFY COLUMN temperature DECIMAL(4, 2) NULL,
    ADD CONSTRAINT venue_check_in_measured CHECK (temperature IS NOT NULL OR method = 'VENUE_CODE'),
    -- contact tracing: a case's own visits, then everyone at an entry point in an interval
    ADD INDEX venue_check_in_person (person_id, scanned_at),
    ADD INDEX venue_check_in_entry_point_time (entry_point_id, scanned_at);

-- Scans per venue and hour (hours since the epoch, UTC), counted in the scan's own transaction so
-- that they outlive the check-ins (DESIGN §5, §8). District and category are the venue's, copied
-- so that the analysts' counts need no join.
CREATE TABLE venue_scan_hour (
    venue_id    BIGINT       NOT NULL,
    hour_epoch  INT          NOT NULL,
    district    VARCHAR(20)  NOT NULL,
    category    VARCHAR(30)  NOT NULL,
    scans       INT UNSIGNED NOT NULL,
    admits      INT UNSIGNED NOT NULL,
    denials     INT UNSIGNED NOT NULL,
    referrals   INT UNSIGNED NOT NULL,
    PRIMARY KEY (venue_id, hour_epoch),
    CONSTRAINT venue_scan_hour_outcomes CHECK (admits + denials + referrals = scans),
    -- covering: the analysts' sums by hour, district and category read the index alone
    INDEX venue_scan_hour_by_area (hour_epoch, district, category, scans, admits, denials, referrals)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Periodic jobs that must run once across all nodes: the node that locks a job's row while it is
-- due runs it and sets when it is due next.
CREATE TABLE venue_job (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    next_run_at  TIMESTAMP(3) NOT NULL,
    last_run_at  TIMESTAMP(3) NULL,
    last_result  VARCHAR(200) NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- due at once: the first sweep after the migration runs it
INSERT INTO venue_job (name, next_run_at) VALUES ('check-in-retention', '2000-01-01 00:00:00');

-- Confirmed cases recorded by reviewers and what their tracing run found (counts only).
CREATE TABLE venue_confirmed_case (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id              BIGINT       NOT NULL,
    onset_date             DATE         NOT NULL,
    recorded_by            VARCHAR(100) NOT NULL,
    recorded_at            TIMESTAMP(3) NOT NULL,
    case_visits            INT          NOT NULL,
    marked_orange          INT          NOT NULL,
    observation_restarted  INT          NOT NULL,
    stayed_red             INT          NOT NULL,
    unregistered_visitors  INT          NOT NULL,
    INDEX venue_confirmed_case_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
