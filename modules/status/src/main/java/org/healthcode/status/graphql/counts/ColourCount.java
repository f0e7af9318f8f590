package org.healthcode.status.graphql.counts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.counts.Bucket;
import org.healthcode.status.domain.counts.Residency;
import org.healthcode.status.domain.counts.SuppressedCount;

@Type("ColourCount")
@Description("How many persons of a district have a colour. Aggregate only: no person behind it.")
public record ColourCount(
    @NonNull @Description("The colour.") Colour colour,
    @NonNull @Description("The home district; VISITOR for everyone who does not live in the city.")
        HomeDistrict district,
    @NonNull @Description("RESIDENT for a district, VISITOR for VISITOR.") Residency residency,
    @Description("The number of persons; null when suppressed.") Integer count,
    @NonNull @Description("True when the count is below 5 and therefore withheld.")
        Boolean suppressed) {

  static ColourCount of(Bucket bucket, long count) {
    SuppressedCount shown = SuppressedCount.of(count);
    return new ColourCount(
        bucket.colour(),
        bucket.district(),
        bucket.residency(),
        shown.count() == null ? null : Math.toIntExact(shown.count()),
        shown.suppressed());
  }
}
