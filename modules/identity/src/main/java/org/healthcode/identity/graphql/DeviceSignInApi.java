package org.healthcode.identity.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.application.DeviceSignIns;
import org.healthcode.identity.domain.device.DeviceSignIn;

/** Sign-in of entry-point devices (gates, buses, taxis) with their issued credential. */
@GraphQLApi
@ApplicationScoped
public class DeviceSignInApi {

  @Inject DeviceSignIns signIns;

  @Mutation("deviceSignIn")
  @PermitAll
  @Description(
      "Signs an entry-point device in with the credential issued to its entry point. An unknown"
          + " or revoked credential or a wrong secret gives INVALID_CREDENTIALS. Public.")
  public @NonNull DeviceSignInResult deviceSignIn(
      @NonNull @Name("credentialId") @Description("The credential's id.") String credentialId,
      @NonNull @Name("secret") @Description("The secret shown once when it was issued.")
          String secret) {
    DeviceSignIn signIn = signIns.signIn(credentialId, secret);
    return new DeviceSignInResult(
        signIn.token().token(), signIn.token().expiresAt(), signIn.entryPointId());
  }
}
