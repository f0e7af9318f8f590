-- What a person is told (outbox): written in the transaction that changed the code, delivered
-- by the delivery job through the NotificationChannel, which then sets delivered_at.
CREATE TABLE status_notification (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    text             VARCHAR(700) NOT NULL,
    delivered_at     TIMESTAMP(3) NULL,
    INDEX status_notification_person (person_id, id),
    INDEX status_notification_undelivered (delivered_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
