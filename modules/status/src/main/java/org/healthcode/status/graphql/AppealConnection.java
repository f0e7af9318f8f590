package org.healthcode.status.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("AppealConnection")
@Description("A page of appeals, oldest first.")
public record AppealConnection(
    @NonNull @Description("The items of this page.") List<@NonNull AppealEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
