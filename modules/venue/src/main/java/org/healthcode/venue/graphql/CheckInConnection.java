package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("CheckInConnection")
@Description("A page of a person's check-ins, newest first.")
public record CheckInConnection(
    @NonNull @Description("The items of this page.") List<@NonNull CheckInEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
