package org.healthcode.status.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.Notification;

@Type("Notification")
@Description("A message to a person about their health code.")
public record NotificationView(
    @NonNull @Description("When it was written.") Instant createdAt,
    @NonNull @Description("What it is about: COLOUR_CHANGED or APPEAL_ANSWERED.") String kind,
    @NonNull
        @Description(
            "The message in plain words, in the caller's language (Accept-Language) and city time"
                + " (Asia/Shanghai).")
        String text,
    @Description("When it was handed to the delivery channel; null until then.")
        Instant deliveredAt,
    @Description("COLOUR_CHANGED: the colour after; null otherwise.") Colour colour,
    @Description("COLOUR_CHANGED: why the code changed; null otherwise.") ChangeCause cause,
    @Description("COLOUR_CHANGED to ORANGE: when the observation ends; null otherwise.")
        Instant observationEnd,
    @NonNull
        @Description(
            "COLOUR_CHANGED by a declaration: the ids of the rules that fired; else empty.")
        List<@NonNull String> ruleIds) {

  static NotificationView of(Notification notification) {
    return new NotificationView(
        notification.createdAt(),
        notification.kind(),
        StatusTexts.notification(notification),
        notification.deliveredAt(),
        notification.toColour().orElse(null),
        notification.cause().orElse(null),
        notification.observationEnd().orElse(null),
        notification.rules().ruleIds());
  }
}
