package org.healthcode.status.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.healthcode.platform.delivery.JsonPost;
import org.healthcode.status.api.NotificationChannel;

/**
 * The default {@link NotificationChannel}: a push webhook (docs/adr/0026). Each notification is one
 * {@code POST} of {@code {"id", "personId", "kind", "colour", "text"}} to {@code
 * healthcode.notification.webhook.url} (the city's push service, which knows the person's devices),
 * with a bearer {@code token} or HTTP basic {@code user} and {@code password}, {@code
 * Idempotency-Key: notification-<id>} and the configured timeouts. Without a URL it only records in
 * the log that a notification of a kind was due, by its id: never the person or the text, which may
 * hold a health reason.
 */
@ApplicationScoped
public class WebhookNotificationChannel implements NotificationChannel {

  private static final Logger LOG = Logger.getLogger(WebhookNotificationChannel.class.getName());

  @Inject Config config;

  private JsonPost post;

  @PostConstruct
  void init() {
    post =
        JsonPost.Target.configured(config, "healthcode.notification.webhook")
            .map(JsonPost::new)
            .orElse(null);
  }

  @Override
  public void deliver(Outgoing notification) {
    if (post == null) {
      LOG.info(
          () ->
              "notification #"
                  + notification.id()
                  + " ("
                  + notification.kind()
                  + ") is readable in the app; no push webhook is configured");
      return;
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("id", Long.toString(notification.id()))
            .add("personId", Long.toString(notification.person().value()))
            .add("kind", notification.kind())
            .add("text", notification.text());
    if (notification.colour() != null) {
      body.add("colour", notification.colour());
    }
    post.post(body.build().toString(), "notification-" + notification.id());
  }
}
