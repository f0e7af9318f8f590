package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NotificationEdge")
@Description("One of a person's notifications, newest first and its position in the list.")
public record NotificationEdge(
    @NonNull @Description("Pass as after to continue behind this item.") String cursor,
    @NonNull @Description("The item.") NotificationView node) {}
