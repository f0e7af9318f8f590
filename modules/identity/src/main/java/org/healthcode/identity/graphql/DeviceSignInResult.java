package org.healthcode.identity.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeviceSignInResult")
@Description("An entry-point device's bearer token (role SCANNER, for its own entry point only).")
public record DeviceSignInResult(
    @NonNull @Description("Send as 'Authorization: Bearer <token>' until it expires.") String token,
    @NonNull @Description("When the token stops being accepted; sign in again then.")
        Instant expiresAt,
    @NonNull @Description("The entry point the device scans for.") String entryPointId) {}
