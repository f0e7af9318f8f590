package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.DeviceCredentialInfo;

@Type("DeviceCredential")
@Description("A device credential of an entry point; its secret is never shown again.")
public record DeviceCredentialView(
    @NonNull @Id @Description("The credential id, used with deviceSignIn.") String credentialId,
    @NonNull @Description("When it was issued.") Instant issuedAt,
    @Description("When it was revoked; null while active.") Instant revokedAt,
    @NonNull @Description("True until revoked.") boolean active) {

  static DeviceCredentialView of(DeviceCredentialInfo credential) {
    return new DeviceCredentialView(
        credential.credentialId(),
        credential.issuedAt(),
        credential.revokedAt(),
        credential.active());
  }
}
