package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.application.OfflineGates;

@Type("OfflineBundle")
@Description(
    "Everything a gate needs to decide offline for its own entry point (docs/adr/0032): keep it,"
        + " check both signatures against the trust list, and decide by the gate policy.")
public record OfflineBundleView(
    @NonNull @Description("This city's and trusted cities' verification keys.")
        SignedDocumentView trustList,
    @NonNull
        @Description(
            "Code ids that changed colour or were revoked after feedAfter (or all currently"
                + " non-green/revoked codes).")
        SignedDocumentView feed,
    @NonNull @Description("The device's entry point, for the gate policy.")
        EntryPointView entryPoint,
    @NonNull @Description("The category of the entry point's venue: the gate policy depends on it.")
        VenueCategory category,
    @NonNull
        @Description("How long a gate may decide on this bundle without a newer one, in seconds.")
        Integer freshnessSeconds) {

  static OfflineBundleView of(OfflineGates.Bundle bundle) {
    return new OfflineBundleView(
        SignedDocumentView.of(bundle.trustList()),
        SignedDocumentView.of(bundle.feed()),
        EntryPointView.of(bundle.entryPoint()),
        bundle.category(),
        Math.toIntExact(bundle.freshness().toSeconds()));
  }
}
