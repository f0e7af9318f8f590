package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.venue.application.ScanFacade;

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

  @Mutation("manualPass")
  @RolesAllowed({"SCANNER", "VENUE_OPERATOR"})
  @Description(
      "Records a person without a code passing the original way (document and temperature): a"
          + " registered person is found by the document's keyed hash and judged on their current"
          + " colour, anyone else is referred as having no code; recorded before answering (the"
          + " number itself is never stored), a retry with the same scanId answers the same."
          + " INVALID_DOCUMENT for a number that fails its type's format. An operator's pass is"
          + " audited. SCANNER (own entry point) or VENUE_OPERATOR (an entry point of their own).")
  public @NonNull ScanResultView manualPass(
      @NonNull @Name("input") @Description("The pass.") ManualPassInput input) {
    return ScanResultView.of(
        scans.manualPass(
            input.entryPointId() == null ? null : VenueApi.id(input.entryPointId(), "entry point"),
            input.scanId(),
            input.documentType(),
            input.documentNumber(),
            input.issuingCountry(),
            input.temperature()));
  }
}
