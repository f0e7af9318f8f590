package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CheckInEdge")
@Description("An item and its position in the list.")
public record CheckInEdge(
    @NonNull @Description("Pass as after to continue behind this item.") String cursor,
    @NonNull @Description("The item.") CheckInRecordView node) {}
