package org.healthcode.status.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("ColourChangeConnection")
@Description("A page of a code's changes, newest first.")
public record ColourChangeConnection(
    @NonNull @Description("The items of this page.") List<@NonNull ColourChangeEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
