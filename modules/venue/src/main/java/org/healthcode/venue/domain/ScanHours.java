package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.VenueCategory;

/**
 * The hourly scan counts per venue, added to in each scan's own transaction and summed on read: a
 * venue's hours for its operator, and the sums by area for the analysts.
 */
public interface ScanHours {

  /**
   * Scans to add to one venue's hour. {@code district} and {@code category} are the venue's, kept
   * with the count so that the area sums need no join.
   */
  record Increment(
      long venueId, long hourEpoch, District district, VenueCategory category, ScanTally scans) {

    /** The one scan at {@code place} at {@code at}, with this outcome. */
    public static Increment of(EntryPointPlace place, Instant at, GateOutcome outcome) {
      return new Increment(
          place.venueId(),
          Math.floorDiv(at.getEpochSecond(), 3600),
          place.district(),
          place.category(),
          ScanTally.of(outcome));
    }

    /** Whether {@code other} adds to the same venue and hour. */
    public boolean sameHourAs(Increment other) {
      return venueId == other.venueId && hourEpoch == other.hourEpoch;
    }

    /** This increment and {@code other} (of the same venue and hour) together. */
    public Increment plus(Increment other) {
      return new Increment(venueId, hourEpoch, district, category, scans.plus(other.scans));
    }
  }

  /** Adds the increment to its venue's hour. */
  void add(Increment increment);

  /** A venue's hours in {@code [fromHour, toHour)} after {@code afterHour}, oldest first. */
  List<VenueHour> venueHours(long venueId, long fromHour, long toHour, long afterHour, int limit);

  /**
   * The sums by hour, district and category in {@code [fromHour, toHour)}, optionally of one
   * district or category, ordered by hour, district, category, starting after the given key.
   */
  List<AreaHour> areaHours(
      long fromHour,
      long toHour,
      District district,
      VenueCategory category,
      AreaHour.Key after,
      int limit);
}
