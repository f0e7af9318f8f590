package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ColourChangeEdge")
@Description("One of a code's changes, newest first and its position in the list.")
public record ColourChangeEdge(
    @NonNull @Description("Pass as after to continue behind this item.") String cursor,
    @NonNull @Description("The item.") ColourChangeView node) {}
