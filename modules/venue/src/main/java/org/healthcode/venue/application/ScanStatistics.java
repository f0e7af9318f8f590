package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.District;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.AreaHour;
import org.healthcode.venue.domain.ScanHours;
import org.healthcode.venue.domain.VenueHour;
import org.healthcode.venue.domain.Venues;

/**
 * Scan statistics per hour (DESIGN §4, §5): for analysts by district × category over all venues
 * (small counts withheld by the caller's view), for an operator by hour over one of their venues.
 * Read from the hourly counts, which outlive the check-ins.
 */
@ApplicationScoped
public class ScanStatistics {

  /** A month of hours: what one question may span. */
  static final Duration LONGEST_RANGE = Duration.ofDays(31);

  @Inject CallerContext callerContext;
  @Inject ScanHours hours;
  @Inject Venues venues;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AreaHour> byArea(
      Instant from,
      Instant to,
      District district,
      VenueCategory category,
      AreaHour.Key after,
      int limit) {
    callerContext.requireAnyOf(Role.ANALYST);
    long[] range = hourRange(from, to);
    return hours.areaHours(range[0], range[1], district, category, after, limit);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VenueHour> ofVenue(
      long venueId, Instant from, Instant to, long afterHour, int limit) {
    Caller operator = callerContext.requireAnyOf(Role.VENUE_OPERATOR);
    venues
        .findOwned(venueId, operator.subject())
        .orElseThrow(() -> HealthCodeException.notFound("No such venue"));
    long[] range = hourRange(from, to);
    return hours.venueHours(venueId, range[0], range[1], afterHour, limit);
  }

  /**
   * The hours that overlap {@code [from, to)}, as hours since the epoch {@code [first, end)}:
   * BAD_INPUT when the range is empty, reversed or longer than a month.
   */
  static long[] hourRange(Instant from, Instant to) {
    if (from == null || to == null) {
      throw HealthCodeException.badInput("from and to: required");
    }
    if (!to.isAfter(from)) {
      throw HealthCodeException.badInput("to: must be after from");
    }
    if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
      throw HealthCodeException.badInput("from, to: at most 31 days apart");
    }
    long first = Math.floorDiv(from.getEpochSecond(), 3600);
    long end = Math.floorDiv(to.getEpochSecond() + 3599, 3600);
    return new long[] {first, end};
  }
}
