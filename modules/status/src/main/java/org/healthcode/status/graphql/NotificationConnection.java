package org.healthcode.status.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("NotificationConnection")
@Description("A page of a person's notifications, newest first.")
public record NotificationConnection(
    @NonNull @Description("The items of this page.") List<@NonNull NotificationEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
