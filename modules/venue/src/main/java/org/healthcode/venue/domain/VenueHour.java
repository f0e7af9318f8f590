package org.healthcode.venue.domain;

import java.util.Objects;

/** The scans of one hour (since the epoch) at all entry points of one venue. */
public record VenueHour(long venueId, long hourEpoch, ScanTally tally) {

  public VenueHour {
    Objects.requireNonNull(tally, "tally");
  }
}
