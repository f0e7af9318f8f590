package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("ScanStatisticsConnection")
@Description("A page of hourly scan statistics by district and category.")
public record ScanStatisticsConnection(
    @NonNull @Description("The items of this page.") List<@NonNull ScanStatisticsEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
