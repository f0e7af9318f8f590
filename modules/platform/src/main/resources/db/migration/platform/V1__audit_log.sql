-- The insert-only audit log (DESIGN §6): every staff read of a person's data and every change,
-- written by all modules through the platform, readable by auditors. Rows are never changed or
-- removed; the triggers refuse it even to the application's own database user.
CREATE TABLE platform_audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   TIMESTAMP(3) NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    actor_roles   VARCHAR(120) NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    subject_type  VARCHAR(40)  NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    reason        VARCHAR(500) NULL,
    INDEX platform_audit_entry_subject (subject_type, subject_id, occurred_at),
    INDEX platform_audit_entry_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER platform_audit_entry_no_update BEFORE UPDATE ON platform_audit_entry
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_entry is insert-only';

CREATE TRIGGER platform_audit_entry_no_delete BEFORE DELETE ON platform_audit_entry
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'platform_audit_entry is insert-only';
