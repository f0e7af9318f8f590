package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.IssuedDeviceCredential;

@Type("IssuedDeviceCredential")
@Description(
    "A newly issued device credential. The secret is shown here once and never again: hand it to"
        + " the device now.")
public record IssuedDeviceCredentialView(
    @NonNull @Id @Description("The credential id, used with deviceSignIn.") String credentialId,
    @NonNull @Description("The secret, used with deviceSignIn; shown only now.") String secret,
    @NonNull @Description("The entry point it is for.") String entryPointId,
    @NonNull @Description("When it was issued.") Instant issuedAt) {

  static IssuedDeviceCredentialView of(IssuedDeviceCredential issued) {
    return new IssuedDeviceCredentialView(
        issued.credentialId(), issued.secret(), issued.entryPoint().toString(), issued.issuedAt());
  }
}
