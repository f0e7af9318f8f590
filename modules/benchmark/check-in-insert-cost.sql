-- What a gate's check-in costs the database on a full day, and which index pays for it
-- (README "Growth", issue 18). Run on a scratch database of its own:
--
--   mariadb -uroot -e 'CREATE DATABASE IF NOT EXISTS hc_insert_cost'
--   mariadb -uroot hc_insert_cost < modules/benchmark/check-in-insert-cost.sql
--
-- Two copies of venue_check_in's layout (migration V10) get one city day of @day_rows check-ins each:
-- check_in_sorted in time order, as gates write them, check_in_shuffled in random time order, as
-- bench.sh check-ins loaded them until 2026-12-05. Then 5,000 single-row inserts in one transaction
-- are timed, six times each, alternating between the end of the full day and an empty day, first
-- with all five indexes and then with one more secondary index dropped each step. Prints one row
-- per measurement; compare the full day's seconds with the empty day's of the same step.

SET @day_rows = 3400000;
SET @inserts = 5000;

DROP TABLE IF EXISTS check_in_sorted, check_in_shuffled, insert_cost;
DROP PROCEDURE IF EXISTS insert_scans;
DROP PROCEDURE IF EXISTS measure_step;

CREATE TABLE check_in_sorted (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    entry_point_id  BIGINT        NOT NULL,
    scan_id         VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    person_id       BIGINT        NULL,
    document_hash   BINARY(32)    NULL,
    scanned_at      TIMESTAMP(3)  NOT NULL,
    scan_day        INT           NOT NULL,
    outcome         VARCHAR(10)   NOT NULL,
    reason          VARCHAR(40)   NOT NULL,
    colour          VARCHAR(10)   NULL,
    temperature     DECIMAL(4, 2) NULL,
    fever           BOOLEAN       NOT NULL,
    message         VARCHAR(500)  NOT NULL,
    method          VARCHAR(12)   NOT NULL DEFAULT 'SCAN',
    PRIMARY KEY (id, scan_day),
    UNIQUE KEY venue_check_in_scan (entry_point_id, scan_id, scan_day),
    KEY venue_check_in_time (scanned_at),
    KEY venue_check_in_person (person_id, scanned_at),
    KEY venue_check_in_entry_point_time (entry_point_id, scanned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4
  PARTITION BY RANGE (scan_day) (
    PARTITION full_day VALUES LESS THAN (2),
    PARTITION empty_day VALUES LESS THAN (3));

CREATE TABLE check_in_shuffled LIKE check_in_sorted;

CREATE TABLE insert_cost (
    step      INT          NOT NULL,
    indexes   VARCHAR(200) NOT NULL,
    tbl       VARCHAR(20)  NOT NULL,
    into_day  VARCHAR(10)  NOT NULL,
    seconds   DOUBLE       NOT NULL
);

-- One city day: day 1 runs from 2026-01-01 00:00 (UTC here; the session's time zone is irrelevant to
-- the cost). Entry points 1..300,000 and persons 1..15,000,000, as in the 15 M city.
SET @day_start = TIMESTAMP('2026-01-01 00:00:00');

INSERT INTO check_in_sorted (entry_point_id, scan_id, person_id, scanned_at, scan_day, outcome,
                             reason, colour, temperature, fever, message)
SELECT 1 + FLOOR(RAND() * 300000), UUID(), 1 + FLOOR(RAND() * 15000000),
       @day_start + INTERVAL FLOOR(seq * 86000000 / @day_rows) * 1000 MICROSECOND, 1,
       'ADMIT', 'GREEN', 'GREEN', 36.5, FALSE, 'Admitted: green code.'
FROM seq_1_to_3400000 WHERE seq <= @day_rows;

INSERT INTO check_in_shuffled (entry_point_id, scan_id, person_id, scanned_at, scan_day, outcome,
                               reason, colour, temperature, fever, message)
SELECT 1 + FLOOR(RAND() * 300000), UUID(), 1 + FLOOR(RAND() * 15000000),
       @day_start + INTERVAL FLOOR(RAND() * 86000000) * 1000 MICROSECOND, 1,
       'ADMIT', 'GREEN', 'GREEN', 36.5, FALSE, 'Admitted: green code.'
FROM seq_1_to_3400000 WHERE seq <= @day_rows;

ANALYZE TABLE check_in_sorted, check_in_shuffled;
SELECT table_name, ROUND((data_length + index_length) / 1048576) AS mb
FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'check_in_%';

DELIMITER //

-- @inserts single-row inserts in one transaction, at the end of the full day (after every row
-- already there, as a late scan) or from the start of the empty day; each insert's own statement.
CREATE PROCEDURE insert_scans(IN target VARCHAR(20), IN into_day VARCHAR(10), OUT seconds DOUBLE)
BEGIN
    DECLARE i INT DEFAULT 0;
    DECLARE started DATETIME(6);
    SET @at = IF(into_day = 'full', @day_start + INTERVAL 86000 SECOND, @day_start + INTERVAL 1 DAY);
    SET @day = IF(into_day = 'full', 1, 2);
    SET @statement = CONCAT('INSERT INTO ', target, ' (entry_point_id, scan_id, person_id,',
        ' scanned_at, scan_day, outcome, reason, colour, temperature, fever, message)',
        ' VALUES (1 + FLOOR(RAND() * 300000), UUID(), 1 + FLOOR(RAND() * 15000000),',
        ' ? + INTERVAL ? MICROSECOND, ?, ''ADMIT'', ''GREEN'', ''GREEN'', 36.5, FALSE,',
        ' ''Admitted: green code.'')');
    PREPARE scan FROM @statement;
    SET started = NOW(6);
    START TRANSACTION;
    WHILE i < @inserts DO
        SET @offset = i * 1000;
        EXECUTE scan USING @at, @offset, @day;
        SET i = i + 1;
    END WHILE;
    COMMIT;
    SET seconds = TIMESTAMPDIFF(MICROSECOND, started, NOW(6)) / 1e6;
    DEALLOCATE PREPARE scan;
END //

-- Six rounds of full day, empty day on both tables; the test rows are deleted after each round,
-- so every round starts from the same table (by DELETE: a truncated partition's file would grow
-- again during the next round and charge that to the empty day).
CREATE PROCEDURE measure_step(IN step INT, IN indexes VARCHAR(200))
BEGIN
    DECLARE round INT DEFAULT 0;
    DECLARE seconds DOUBLE;
    WHILE round < 6 DO
        CALL insert_scans('check_in_sorted', 'full', seconds);
        INSERT INTO insert_cost VALUES (step, indexes, 'sorted', 'full', seconds);
        CALL insert_scans('check_in_sorted', 'empty', seconds);
        INSERT INTO insert_cost VALUES (step, indexes, 'sorted', 'empty', seconds);
        CALL insert_scans('check_in_shuffled', 'full', seconds);
        INSERT INTO insert_cost VALUES (step, indexes, 'shuffled', 'full', seconds);
        CALL insert_scans('check_in_shuffled', 'empty', seconds);
        INSERT INTO insert_cost VALUES (step, indexes, 'shuffled', 'empty', seconds);
        DELETE FROM check_in_sorted WHERE scan_day = 2;
        DELETE FROM check_in_shuffled WHERE scan_day = 2;
        DELETE FROM check_in_sorted WHERE scan_day = 1 AND scanned_at >= @day_start + INTERVAL 86000 SECOND;
        DELETE FROM check_in_shuffled WHERE scan_day = 1 AND scanned_at >= @day_start + INTERVAL 86000 SECOND;
        SET round = round + 1;
    END WHILE;
END //

DELIMITER ;

-- a warm buffer pool for both tables before the first measurement
SELECT COUNT(*) INTO @warm FROM check_in_sorted FORCE INDEX (venue_check_in_person);
SELECT COUNT(*) INTO @warm FROM check_in_sorted FORCE INDEX (venue_check_in_entry_point_time);
SELECT COUNT(*) INTO @warm FROM check_in_shuffled FORCE INDEX (venue_check_in_person);
SELECT COUNT(*) INTO @warm FROM check_in_shuffled FORCE INDEX (venue_check_in_entry_point_time);

CALL measure_step(1, 'all five');
ALTER TABLE check_in_sorted DROP INDEX venue_check_in_person;
ALTER TABLE check_in_shuffled DROP INDEX venue_check_in_person;
CALL measure_step(2, 'without person');
ALTER TABLE check_in_sorted DROP INDEX venue_check_in_entry_point_time;
ALTER TABLE check_in_shuffled DROP INDEX venue_check_in_entry_point_time;
CALL measure_step(3, 'without person, entry_point_time');
ALTER TABLE check_in_sorted DROP INDEX venue_check_in_scan;
ALTER TABLE check_in_shuffled DROP INDEX venue_check_in_scan;
CALL measure_step(4, 'without person, entry_point_time, scan');
ALTER TABLE check_in_sorted DROP INDEX venue_check_in_time;
ALTER TABLE check_in_shuffled DROP INDEX venue_check_in_time;
CALL measure_step(5, 'primary key only');

SELECT step, indexes, tbl,
       ROUND(MIN(IF(into_day = 'full', seconds, NULL)), 3) AS full_min,
       ROUND(MAX(IF(into_day = 'full', seconds, NULL)), 3) AS full_max,
       ROUND(MIN(IF(into_day = 'empty', seconds, NULL)), 3) AS empty_min,
       ROUND(MAX(IF(into_day = 'empty', seconds, NULL)), 3) AS empty_max,
       ROUND(AVG(IF(into_day = 'full', seconds, NULL)) / AVG(IF(into_day = 'empty', seconds, NULL)), 2)
           AS full_over_empty
FROM insert_cost GROUP BY step, indexes, tbl ORDER BY step, tbl;
