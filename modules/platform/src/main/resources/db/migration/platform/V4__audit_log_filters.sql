-- The auditor's filters (issue 14): who did it and what was done, each in log order.
CREATE INDEX platform_audit_entry_actor ON platform_audit_entry (actor, id);
CREATE INDEX platform_audit_entry_action ON platform_audit_entry (action, id);
