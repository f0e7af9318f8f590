package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.venue.application.OfflineGates;
import org.healthcode.venue.application.OfflineScan;

/** Gates that decide without a network (docs/adr/0032, 0033). */
@GraphQLApi
@ApplicationScoped
public class OfflineApi {

  @Inject OfflineGates gates;

  @Query("offlineBundle")
  @RolesAllowed("SCANNER")
  @Description(
      "Everything a gate needs to decide offline for its own entry point: the signed trust list,"
          + " the signed change feed and the freshness window. BAD_INPUT for a feedAfter this"
          + " server did not write. SCANNER.")
  public @NonNull OfflineBundleView offlineBundle(
      @Name("feedAfter")
          @Description(
              "The feed's endCursor from the previous bundle; omit for the full current state.")
          String feedAfter) {
    return OfflineBundleView.of(gates.bundle(Optional.ofNullable(feedAfter)));
  }

  @Mutation("registerOfflineDeviceKey")
  @RolesAllowed("SCANNER")
  @Description(
      "Registers this device's own ECDSA P-256 public key (SPKI DER, base64url), used to check its"
          + " offline scans; registering again adds a key (the newest five verify). Audited."
          + " SCANNER.")
  public boolean registerOfflineDeviceKey(
      @NonNull @Name("publicKey") @Description("SubjectPublicKeyInfo DER, base64url.")
          String publicKey) {
    return gates.registerDeviceKey(publicKey);
  }

  @Mutation("uploadOfflineScans")
  @RolesAllowed("SCANNER")
  @Description(
      "Records scans a gate decided offline, under their original scanIds; a scan sent twice"
          + " counts once. BATCH_TOO_LARGE over 500 scans, DEVICE_KEY_MISSING before"
          + " registerOfflineDeviceKey. Audited (counts only). SCANNER.")
  public @NonNull OfflineUploadResultView uploadOfflineScans(
      @NonNull @Name("input") @Description("The batch.") OfflineScanBatchInput input) {
    return OfflineUploadResultView.of(
        gates.upload(
            input.sentAt(),
            input.scans().stream()
                .map(
                    scan ->
                        new OfflineScan(
                            scan.scanId(),
                            scan.codeText(),
                            scan.scannedAt(),
                            scan.temperature(),
                            scan.outcome(),
                            scan.reason(),
                            scan.signature()))
                .toList()));
  }
}
