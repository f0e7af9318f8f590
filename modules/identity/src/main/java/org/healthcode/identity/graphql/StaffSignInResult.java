package org.healthcode.identity.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StaffSignInResult")
@Description("A staff member's bearer token.")
public record StaffSignInResult(
    @NonNull @Description("Send as 'Authorization: Bearer <token>' until it expires.") String token,
    @NonNull @Description("When the token stops being accepted; sign in again then.")
        Instant expiresAt,
    @NonNull @Description("The roles the token carries.") List<@NonNull StaffRole> roles) {}
