package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.persistence.StatusRecords;

/**
 * Hands undelivered notifications to the channel and marks them delivered, on the node that holds
 * the status jobs' lease: the transaction that marks them renews the lease too, so a node whose
 * lease another node took meanwhile cannot commit its marks (docs/adr/0023), and the row locks keep
 * one node's own transactions apart.
 */
@ApplicationScoped
public class NotificationDelivery {

  static final int BATCH = 100;

  @Inject StatusRecords records;
  @Inject NotificationChannel channel;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;
  @Inject Leases leases;
  @Inject StatusJobs jobs;

  /** Delivers one batch; returns how many were delivered. */
  public int deliver() {
    return transactions.inNewTransaction(
        () -> {
          List<Notification> batch = records.lockUndelivered(BATCH);
          if (batch.isEmpty()
              || !leases.renewInTransaction(StatusJobs.LEASE, jobs.leaseDuration())) {
            return 0;
          }
          for (Notification notification : batch) {
            channel.deliver(notification.person(), notification.kind(), notification.text());
            notification.delivered(settings.clock().instant());
          }
          return batch.size();
        });
  }
}
