-- The hourly scan counts in one row per venue, hour and application node slot (docs/adr/0023):
-- every scan adds to its venue's hour, and on a Galera cluster two nodes adding to the same row at
-- once conflict (one of them writes its whole batch again). Each node adds to the rows of its own
-- slot; reads sum the slots. The rows so far are slot 0.
ALTER TABLE venue_scan_hour
    ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER hour_epoch,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (venue_id, hour_epoch, slot);
