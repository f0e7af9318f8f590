package org.healthcode.declaration.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("RuleConnection")
@Description("A page of rule versions by rule id and version.")
public record RuleConnection(
    @NonNull @Description("The items of this page.") List<@NonNull RuleEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
