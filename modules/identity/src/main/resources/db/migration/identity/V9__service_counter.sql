-- Service counters (docs/adr/0034): a person registered by counter staff for someone with no phone
-- carries the staff member who registered them; consent given on paper carries the paper's
-- reference (e.g. the form number) and the staff member who recorded it. Citizens' rows keep NULL.
ALTER TABLE identity_person
    ADD COLUMN counter_registered_by VARCHAR(100) NULL;

ALTER TABLE identity_consent
    ADD COLUMN paper_reference VARCHAR(60)  NULL,
    ADD COLUMN recorded_by     VARCHAR(100) NULL;
