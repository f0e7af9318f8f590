package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.persistence.StatusRecords;

/** Hands undelivered notifications to the channel and marks them delivered. */
@ApplicationScoped
public class NotificationDelivery {

  static final int BATCH = 100;

  @Inject StatusRecords records;
  @Inject NotificationChannel channel;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;

  /** Delivers one batch; returns how many were delivered. */
  public int deliver() {
    return transactions.inNewTransaction(
        () -> {
          List<Notification> batch = records.lockUndelivered(BATCH);
          for (Notification notification : batch) {
            channel.deliver(notification.person(), notification.kind(), notification.text());
            notification.delivered(settings.clock().instant());
          }
          return batch.size();
        });
  }
}
