package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("VenueScanHourConnection")
@Description("A page of a venue's hourly scan counts, oldest first.")
public record VenueScanHourConnection(
    @NonNull @Description("The items of this page.") List<@NonNull VenueScanHourEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
