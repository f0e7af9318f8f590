package org.healthcode.identity.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SignInCodeRequested")
@Description("A sign-in code was sent to the phone.")
public record SignInCodeRequested(
    @NonNull @Description("When the code stops being accepted.") Instant expiresAt) {}
