package org.healthcode.identity.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.application.DataKeyRotation;

/** The data keys' rotation for operators (docs/adr/0028). */
@GraphQLApi
@ApplicationScoped
public class DataKeysApi {

  @Inject DataKeyRotation rotation;

  @Mutation("startDataKeyRotation")
  @RolesAllowed("ADMIN")
  @Description(
      "Re-encrypts every personal field under the current data key, in the background on one"
          + " node at a time, resumable; a run already going for that key goes on. Audited."
          + " ADMIN only.")
  public @NonNull DataKeyRotationView startDataKeyRotation() {
    return DataKeyRotationView.of(rotation.begin());
  }

  @Query("dataKeyRotation")
  @RolesAllowed("ADMIN")
  @Description("The re-encryption's progress. ADMIN only.")
  public @NonNull DataKeyRotationView dataKeyRotation(
      @Name("countFields")
          @DefaultValue("false")
          @Description("Also count the sealed fields per key id (reads every person and account).")
          boolean countFields) {
    return DataKeyRotationView.of(rotation.status(countFields));
  }
}
