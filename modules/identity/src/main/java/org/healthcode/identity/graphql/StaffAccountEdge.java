package org.healthcode.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StaffAccountEdge")
@Description("A staff account and its position in the list.")
public record StaffAccountEdge(
    @NonNull @Description("Pass as after to continue behind this account.") String cursor,
    @NonNull @Description("The account.") StaffAccountView node) {}
