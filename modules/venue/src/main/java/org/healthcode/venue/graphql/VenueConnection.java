package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("VenueConnection")
@Description("A page of venues in registration order.")
public record VenueConnection(
    @NonNull @Description("The items of this page.") List<@NonNull VenueEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
