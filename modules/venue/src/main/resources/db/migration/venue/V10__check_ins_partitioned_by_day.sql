-- Check-ins partitioned by city day (docs/adr/0042): the retention drops a whole day's partition
-- instead of deleting its rows one by one.
--
-- scan_day is the day of scanned_at in city time (Asia/Shanghai, UTC+8 all year, no DST) as days
-- since 1970-01-01, the same number as java.time.LocalDate#toEpochDay. It is filled from scanned_at
-- on insert (its default) and on update (the trigger), so no statement that writes check-ins names it.
-- MariaDB wants the partitioning column in every unique key: the primary key becomes (id, scan_day)
-- and the scan-id key (entry_point_id, scan_id, scan_day); a retry after midnight of a scan made
-- before it is found on the previous day by the repository (NativeSqlScanRepository). Partitioned
-- InnoDB tables take no foreign keys: entry points are never deleted, the key to them goes.

ALTER TABLE venue_check_in DROP FOREIGN KEY venue_check_in_entry_point;

ALTER TABLE venue_check_in
    ADD COLUMN scan_day INT NOT NULL
        DEFAULT (FLOOR((UNIX_TIMESTAMP(scanned_at) + 28800) / 86400)) AFTER scanned_at,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (id, scan_day),
    DROP INDEX venue_check_in_scan,
    ADD CONSTRAINT venue_check_in_scan UNIQUE (entry_point_id, scan_id, scan_day);

UPDATE venue_check_in SET scan_day = FLOOR((UNIX_TIMESTAMP(scanned_at) + 28800) / 86400);

CREATE TRIGGER venue_check_in_scan_day BEFORE UPDATE ON venue_check_in FOR EACH ROW
    SET NEW.scan_day = FLOOR((UNIX_TIMESTAMP(NEW.scanned_at) + 28800) / 86400);

-- One partition per day from 30 days ago to 3 days ahead, everything older in p_old, everything
-- later in p_future; the retention job (CheckInRetention) keeps creating days ahead.
SET @today = FLOOR((UNIX_TIMESTAMP() + 28800) / 86400);

SELECT GROUP_CONCAT(
           CONCAT('PARTITION d', DATE_FORMAT(DATE('1970-01-01') + INTERVAL day DAY, '%Y%m%d'),
                  ' VALUES LESS THAN (', day + 1, ')')
           ORDER BY day SEPARATOR ', ')
INTO @days
FROM (WITH RECURSIVE days (day) AS (SELECT @today - 30 UNION ALL SELECT day + 1 FROM days WHERE day < @today + 3)
      SELECT day FROM days) AS ahead;

SET @partition = CONCAT(
    'ALTER TABLE venue_check_in PARTITION BY RANGE (scan_day) (PARTITION p_old VALUES LESS THAN (',
    @today - 30, '), ', @days, ', PARTITION p_future VALUES LESS THAN MAXVALUE)');

PREPARE partition_by_day FROM @partition;
EXECUTE partition_by_day;
DEALLOCATE PREPARE partition_by_day;
