package org.healthcode.status.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A timer turns ORANGE into GREEN only for the observation it was set for, and only once that
 * observation's end has passed. A timer for an extended, ended or replaced observation finds a
 * different end (or none) and does nothing, so a timer never fires twice and never ends a newer
 * observation.
 */
final class ObservationEndsByItsOwnTimer {

  private ObservationEndsByItsOwnTimer() {}

  /** Empty when the observation ends now, else why it does not. */
  static Optional<NoChange> check(HealthCode code, ObservationTimer timer, Instant now) {
    if (!code.observationEnd().equals(Optional.of(timer.observationEnd()))) {
      return Optional.of(NoChange.TIMER_STALE);
    }
    if (now.isBefore(timer.observationEnd())) {
      return Optional.of(NoChange.TIMER_EARLY);
    }
    return Optional.empty();
  }
}
