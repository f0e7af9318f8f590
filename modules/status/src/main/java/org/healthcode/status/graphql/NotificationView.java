package org.healthcode.status.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.domain.Notification;

@Type("Notification")
@Description("A message to a person about their health code.")
public record NotificationView(
    @NonNull @Description("When it was written.") Instant createdAt,
    @NonNull @Description("What it is about: COLOUR_CHANGED or APPEAL_ANSWERED.") String kind,
    @NonNull @Description("The message, with the reason.") String text,
    @Description("When it was handed to the delivery channel; null until then.")
        Instant deliveredAt) {

  static NotificationView of(Notification notification) {
    return new NotificationView(
        notification.createdAt(),
        notification.kind(),
        notification.text(),
        notification.deliveredAt());
  }
}
