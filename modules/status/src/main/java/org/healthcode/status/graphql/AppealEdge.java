package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AppealEdge")
@Description("One of appeals, oldest first and its position in the list.")
public record AppealEdge(
    @NonNull @Description("Pass as after to continue behind this item.") String cursor,
    @NonNull @Description("The item.") AppealView node) {}
