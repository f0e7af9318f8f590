package org.healthcode.status.api;

import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.DeliverySpi;

/**
 * Where notifications go (app push, SMS), docs/adr/0026. The default is the push webhook configured
 * by {@code HEALTHCODE_NOTIFICATION_WEBHOOK_URL} (without one, notifications are only readable in
 * the app and the log records that one was due, without its text); a deployment may instead provide
 * a CDI bean that is an {@code @Alternative} with a {@code @Priority}. The delivery job hands each
 * stored notification to it, marks it delivered when it returns, and on a {@code
 * org.healthcode.platform.delivery.DeliveryFailure} tries it again later (if retryable) or marks it
 * failed: at least once per notification, usually exactly once. A delivery port of this module, not
 * an operation for other modules (docs/adr/0044).
 */
@DeliverySpi
public interface NotificationChannel {

  /**
   * One notification.
   *
   * @param id the notification's id: the same for every attempt at it
   * @param kind COLOUR_CHANGED or APPEAL_ANSWERED
   * @param colour the colour it tells of, if any
   * @param text what it says, in English (the app shows it in the person's language)
   */
  record Outgoing(long id, PersonId person, String kind, String colour, String text) {
    @Override
    public String toString() {
      return "Outgoing[" + id + ", " + kind + "]";
    }
  }

  void deliver(Outgoing notification);
}
