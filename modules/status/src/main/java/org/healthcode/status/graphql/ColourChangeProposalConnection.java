package org.healthcode.status.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("ColourChangeProposalConnection")
@Description("A page of colour change proposals, oldest first.")
public record ColourChangeProposalConnection(
    @NonNull @Description("The items of this page.") List<@NonNull ColourChangeProposalEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
