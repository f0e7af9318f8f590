-- The colour counts in one row per bucket and application node slot (docs/adr/0023): every colour
-- change adds to two buckets, and on a Galera cluster two nodes adding to the same row at once
-- conflict. Each node adds to the rows of its own slot; reads sum the slots. A slot's count may go
-- below zero (counted in by one node, out by another); the sum over the slots cannot.
ALTER TABLE status_count_now
    ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER district,
    DROP CONSTRAINT status_count_now_not_negative,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (colour, district, slot);

ALTER TABLE status_count_daily
    ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER district,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (day, colour, district, slot);
