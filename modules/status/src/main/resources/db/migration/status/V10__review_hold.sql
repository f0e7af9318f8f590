-- An open manual review holds the person's code (issue 19, docs/adr/0019): while a declaration of
-- theirs waits in the reviewers' queue, no observation timer turns their code GREEN. A row is
-- written in the declaration's own transaction when its review needs a reviewer, and deleted in
-- the transaction that records the reviewer's decision.
CREATE TABLE status_review_hold (
    declaration_id   BIGINT       NOT NULL PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    held_since       TIMESTAMP(3) NOT NULL,
    INDEX status_review_hold_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
