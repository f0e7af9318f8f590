package org.healthcode.declaration.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("DeclarationConnection")
@Description("A page of declarations, newest first.")
public record DeclarationConnection(
    @NonNull @Description("The items of this page.") List<@NonNull DeclarationEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
