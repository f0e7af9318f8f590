package org.healthcode.identity.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("StaffAccountConnection")
@Description("A page of staff accounts in username order.")
public record StaffAccountConnection(
    @NonNull @Description("The accounts of this page.") List<@NonNull StaffAccountEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
