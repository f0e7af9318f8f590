package org.healthcode.venue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long check-ins are kept (DESIGN §5, §8): {@code keep}, 28 days by default, then they are
 * deleted; the aggregate counts stay. A check-in is deleted by the first purge after it is older
 * than {@code keep}: one made at {@code t} is still there at exactly {@code t + keep}.
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

  public boolean isExpired(Instant checkedInAt, Instant now) {
    Objects.requireNonNull(checkedInAt, "checkedInAt");
    return checkedInAt.isBefore(cutoff(now));
  }
}
