package org.healthcode.venue.domain;

import java.util.Objects;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;

/** The scans of one hour (since the epoch) at all venues of one category in one district. */
public record AreaHour(long hourEpoch, District district, VenueCategory category, ScanTally tally) {

  public AreaHour {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tally, "tally");
  }

  /** Where a page of area hours ends: they are ordered by hour, district, category. */
  public record Key(long hourEpoch, District district, VenueCategory category) {}
}
