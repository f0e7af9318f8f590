-- A review that gives no colour (a manual review waiting for a person) stores NULL, no longer GREEN
-- as a sentinel decoded by its outcome (issue 17). Pending rows written before are rewritten the
-- same way, so the sweep applies them as before.
ALTER TABLE status_pending_review MODIFY colour VARCHAR(10) NULL;
UPDATE status_pending_review SET colour = NULL
 WHERE outcome = 'MANUAL_REVIEW' AND colour = 'GREEN' AND decided_by IS NULL;
