-- What a notification tells, as data, so that it is read in each person's language and in city
-- time (docs/adr/0021): the change's cause, colours, observation end and the rules that fired, or
-- for an answered appeal the colour contested; note: a staff member's own words (a manual change's
-- reason, an appeal's answer). text stays: what was sent, in English.
-- Rows from before have none of these and are shown with their text.
ALTER TABLE status_notification
    ADD COLUMN cause           VARCHAR(20)  NULL,
    ADD COLUMN from_colour     VARCHAR(10)  NULL,
    ADD COLUMN to_colour       VARCHAR(10)  NULL,
    ADD COLUMN observation_end TIMESTAMP(3) NULL,
    ADD COLUMN rule_refs       VARCHAR(500) NULL,
    ADD COLUMN note            VARCHAR(500) NULL;
