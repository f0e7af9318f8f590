package org.healthcode.venue.domain;

import java.util.Objects;
import org.healthcode.venue.api.GateOutcome;

/**
 * Scans in one hour and how the gate answered them: every scan is an admission, a denial or a
 * referral. What stays of the check-ins after they are deleted (DESIGN §5, §8).
 */
public record ScanTally(long scans, long admits, long denials, long referrals) {

  public ScanTally {
    if (scans < 0 || admits < 0 || denials < 0 || referrals < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
    if (admits + denials + referrals != scans) {
      throw new IllegalArgumentException(
          "every scan is an admission, a denial or a referral: "
              + admits
              + " + "
              + denials
              + " + "
              + referrals
              + " != "
              + scans);
    }
  }

  /** The tally of one scan with this outcome. */
  public static ScanTally of(GateOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return new ScanTally(
        1,
        outcome == GateOutcome.ADMIT ? 1 : 0,
        outcome == GateOutcome.DENY ? 1 : 0,
        outcome == GateOutcome.REFER ? 1 : 0);
  }

  /** Both tallies together. */
  public ScanTally plus(ScanTally other) {
    return new ScanTally(
        scans + other.scans,
        admits + other.admits,
        denials + other.denials,
        referrals + other.referrals);
  }
}
