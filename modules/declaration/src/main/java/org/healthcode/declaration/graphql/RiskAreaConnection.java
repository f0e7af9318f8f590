package org.healthcode.declaration.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("RiskAreaConnection")
@Description("A page of risk areas in creation order.")
public record RiskAreaConnection(
    @NonNull @Description("The items of this page.") List<@NonNull RiskAreaEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
