package org.healthcode.venue.domain;

import java.util.Objects;

/**
 * An hour's scans as an analyst may see them (DESIGN §4): fewer than {@link #THRESHOLD} scans are
 * withheld entirely; when an outcome has 1 to 4 scans, all three outcome counts are withheld and
 * only the total is shown, since the other two would give the small one away. Zero is shown: that
 * nobody was denied singles nobody out.
 *
 * @param scans null when withheld
 * @param admits null when withheld, as {@code denials} and {@code referrals}
 * @param suppressed true when anything is withheld
 */
public record AnalystTally(
    Integer scans, Integer admits, Integer denials, Integer referrals, boolean suppressed) {

  public static final long THRESHOLD = 5;

  public static AnalystTally of(ScanTally tally) {
    Objects.requireNonNull(tally, "tally");
    if (tally.scans() < THRESHOLD) {
      return new AnalystTally(null, null, null, null, true);
    }
    if (small(tally.admits()) || small(tally.denials()) || small(tally.referrals())) {
      return new AnalystTally(Math.toIntExact(tally.scans()), null, null, null, true);
    }
    return new AnalystTally(
        Math.toIntExact(tally.scans()),
        Math.toIntExact(tally.admits()),
        Math.toIntExact(tally.denials()),
        Math.toIntExact(tally.referrals()),
        false);
  }

  private static boolean small(long count) {
    return count > 0 && count < THRESHOLD;
  }
}
