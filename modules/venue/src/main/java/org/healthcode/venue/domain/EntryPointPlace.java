package org.healthcode.venue.domain;

import java.util.Objects;
import org.healthcode.declaration.api.District;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.api.VenueCategory;

/**
 * Where an entry point is: its venue, the venue's category (which decides the gate policy) and
 * district (which the statistics count by). Entry points and venues never change once added, so a
 * place may be kept as long as one likes.
 */
public record EntryPointPlace(
    EntryPointId entryPoint,
    String label,
    long venueId,
    String venueName,
    VenueCategory category,
    District district) {

  public EntryPointPlace {
    Objects.requireNonNull(entryPoint, "entryPoint");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(venueName, "venueName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(district, "district");
  }
}
