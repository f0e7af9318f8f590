package org.healthcode.venue.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.api.VenueDetails;

@Type("Venue")
@Description("A venue and its entry points.")
public record VenueView(
    @NonNull @Id @Description("The venue id.") String id,
    @NonNull @Description("The venue's name.") String name,
    @NonNull @Description("What kind of place it is.") VenueCategory category,
    @NonNull @Description("The district it is in.") District district,
    @NonNull @Description("The street address.") String address,
    @NonNull @Description("When it was registered.") Instant createdAt,
    @NonNull @Description("Its entry points, oldest first.")
        List<@NonNull EntryPointView> entryPoints) {

  static VenueView of(VenueDetails venue) {
    return new VenueView(
        Long.toString(venue.id()),
        venue.name(),
        venue.category(),
        venue.district(),
        venue.address(),
        venue.createdAt(),
        venue.entryPoints().stream().map(EntryPointView::of).toList());
  }
}
