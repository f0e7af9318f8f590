-- A reviewer's decision on a queued declaration may lower a colour (a reviewed decision); the
-- background review never does. NULL: the background review.
ALTER TABLE status_pending_review ADD COLUMN decided_by VARCHAR(100) NULL AFTER rules;
