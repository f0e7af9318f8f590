package org.healthcode.venue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long check-ins are kept (DESIGN §5, §8): {@code keep}, 28 days by default, then they are
 * deleted; the aggregate counts stay. Check-ins go by whole city days (docs/adr/0042): a day's
 * check-ins are deleted by the first purge after the whole day is older than {@code keep}, so one
 * made at {@code t} is still there at {@code t + keep} and gone within a day after.
 */
public record RetentionPolicy(Duration keep) {

  public static final Duration DEFAULT_KEEP = Duration.ofDays(28);

  public RetentionPolicy {
    Objects.requireNonNull(keep, "keep");
    if (keep.isNegative() || keep.isZero()) {
      throw new IllegalArgumentException("check-ins are kept for a positive time, got " + keep);
    }
  }

  public static RetentionPolicy standard() {
    return new RetentionPolicy(DEFAULT_KEEP);
  }

  /** Check-ins made before this instant are deleted ({@code at < cutoff}); those at it are kept. */
  public Instant cutoff(Instant now) {
    Objects.requireNonNull(now, "now");
    return now.minus(keep);
  }

  /** The first day kept at {@code now}: the days before it ended before the cutoff. */
  public CheckInDay firstKeptDay(Instant now) {
    return CheckInDay.of(cutoff(now));
  }

  public boolean isExpired(Instant checkedInAt, Instant now) {
    Objects.requireNonNull(checkedInAt, "checkedInAt");
    return CheckInDay.of(checkedInAt).epochDay() < firstKeptDay(now).epochDay();
  }
}
