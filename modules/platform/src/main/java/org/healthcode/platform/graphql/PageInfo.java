package org.healthcode.platform.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a page of a cursor-paginated list ends; shared by every Connection type. */
@Type("PageInfo")
@Description("Where this page ends and whether another follows.")
public record PageInfo(
    @NonNull @Description("True if asking again with after: endCursor returns more.")
        boolean hasNextPage,
    @Description("The cursor of the last edge of this page; null if the page is empty.")
        String endCursor) {}
