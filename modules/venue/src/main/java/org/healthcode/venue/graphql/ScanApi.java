package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.venue.api.ScanFacade;

@GraphQLApi
@ApplicationScoped
public class ScanApi {

  @Inject ScanFacade scans;

  @Mutation("scan")
  @RolesAllowed("SCANNER")
  @Description(
      "Scans a person's health code at the device's own entry point and records the check-in"
          + " before answering; a retry with the same scanId answers the same. DEVICE_REVOKED"
          + " once the device's credential is revoked. SCANNER.")
  public @NonNull ScanResultView scan(
      @NonNull @Name("input") @Description("The scan.") ScanInput input) {
    return ScanResultView.of(scans.scan(input.scanId(), input.codeToken(), input.temperature()));
  }
}
