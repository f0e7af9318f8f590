-- The daily series of persons by colour x district (docs/adr/0011): the net change of each bucket
-- on each day (city time), added to by every colour change in its own transaction. The count at
-- the end of day D is the sum of a bucket's changes up to and including D, so no snapshot job is
-- needed and a day without changes needs no row.
CREATE TABLE status_count_daily (
    day         DATE        NOT NULL,
    colour      VARCHAR(8)  NOT NULL,
    district    VARCHAR(16) NOT NULL,
    residency   VARCHAR(8)  NOT NULL,
    net_change  BIGINT      NOT NULL,
    PRIMARY KEY (day, colour, district),
    CONSTRAINT status_count_daily_colour CHECK (colour IN ('GREEN', 'ORANGE', 'RED')),
    CONSTRAINT status_count_daily_residency CHECK (residency IN ('RESIDENT', 'VISITOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
