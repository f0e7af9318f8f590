package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.delivery.Backoff;
import org.healthcode.platform.delivery.DeliveryFailure;
import org.healthcode.status.api.NotificationChannel;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.domain.StatusRecords;

/**
 * Hands due notifications to the channel and marks them delivered, on the node that holds the
 * status jobs' lease: the transaction that marks them renews the lease too, so a node whose lease
 * another node took meanwhile cannot commit its marks (docs/adr/0023), and the row locks keep one
 * node's own transactions apart. A failed delivery is counted and tried again after a back-off
 * ({@code healthcode.notification.retry-first}, doubling up to {@code retry-max}); after {@code
 * max-attempts}, or when the channel refused it for good, it is marked failed (docs/adr/0026). When
 * the channel is down or slow the rest of the batch waits for the next round, and a round stops
 * after {@code round-budget}, so that the transaction stays short.
 */
@ApplicationScoped
public class NotificationDelivery {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.notification.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "healthcode.notification.retry-first", defaultValue = "PT10S")
  Duration retryFirst;

  @Inject
  @ConfigProperty(name = "healthcode.notification.retry-max", defaultValue = "PT10M")
  Duration retryMax;

  @Inject
  @ConfigProperty(name = "healthcode.notification.round-budget", defaultValue = "PT20S")
  Duration roundBudget;

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
          Instant now = settings.clock().instant();
          List<Notification> batch = records.lockUndelivered(now, BATCH);
          if (batch.isEmpty()
              || !leases.renewInTransaction(StatusJobs.LEASE, jobs.leaseDuration())) {
            return 0;
          }
          Backoff backoff = new Backoff(retryFirst, retryMax, maxAttempts);
          long deadline = System.nanoTime() + roundBudget.toNanos();
          int delivered = 0;
          for (Notification notification : batch) {
            if (System.nanoTime() - deadline > 0) {
              break;
            }
            try {
              channel.deliver(
                  new NotificationChannel.Outgoing(
                      notification.id(),
                      notification.person(),
                      notification.kind(),
                      notification.toColour().map(Enum::name).orElse(null),
                      notification.text()));
            } catch (DeliveryFailure failure) {
              if (failed(notification, failure.kind(), failure.retryable(), backoff)) {
                break; // the channel is down or slow: the rest waits for the next round
              }
              continue;
            } catch (RuntimeException e) {
              // a deployer's channel that fails otherwise: counted like an outage
              if (failed(notification, "CHANNEL_ERROR", true, backoff)) {
                break;
              }
              continue;
            }
            notification.delivered(settings.clock().instant());
            delivered++;
          }
          return delivered;
        });
  }

  /** Records the failed attempt; whether it will be tried again. */
  private boolean failed(
      Notification notification, String kind, boolean retryable, Backoff backoff) {
    int attempts = notification.attempts() + 1;
    boolean again = retryable && backoff.mayRetry(attempts);
    notification.attemptFailed(
        settings.clock().instant(),
        kind,
        again ? Optional.of(backoff.after(attempts)) : Optional.empty());
    if (again) {
      LOG.info(
          () ->
              "notification #"
                  + notification.id()
                  + ": attempt "
                  + attempts
                  + " failed ("
                  + kind
                  + "), tried again later");
    } else {
      LOG.warning(
          () ->
              "notification #"
                  + notification.id()
                  + ": failed for good after "
                  + attempts
                  + " attempt(s) ("
                  + kind
                  + ")");
    }
    return again;
  }
}
