package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.healthcode.status.api.PersonRef;

/**
 * The default channel: writes to the server log. Real delivery (SMS gateway, push) replaces this
 * bean with an {@code @Alternative} once a provider is chosen; the texts are also readable by
 * citizens through GraphQL, so nothing depends on delivery.
 */
@ApplicationScoped
public class LoggingNotificationChannel implements NotificationChannel {

  private static final Logger LOG = Logger.getLogger(LoggingNotificationChannel.class.getName());

  @Override
  public void deliver(PersonRef person, String kind, String text) {
    LOG.info(() -> "notification " + kind + " for person " + person.id() + ": " + text);
  }
}
