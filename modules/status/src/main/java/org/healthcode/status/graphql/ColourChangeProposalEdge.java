package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ColourChangeProposalEdge")
@Description("One of colour change proposals, oldest first and its position in the list.")
public record ColourChangeProposalEdge(
    @NonNull @Description("Pass as after to continue behind this item.") String cursor,
    @NonNull @Description("The item.") ColourChangeProposalView node) {}
