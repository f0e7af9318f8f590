package org.healthcode.declaration.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("ReviewItemConnection")
@Description("A page of open review items, oldest first.")
public record ReviewItemConnection(
    @NonNull @Description("The items of this page.") List<@NonNull ReviewItemEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
