package org.healthcode.identity.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SignInResult")
@Description("A signed bearer token for the Authorization header, and when it stops working.")
public record SignInResult(
    @NonNull @Description("The bearer token (JWT).") String token,
    @NonNull @Description("When the token expires; sign in again after.") Instant expiresAt) {}
