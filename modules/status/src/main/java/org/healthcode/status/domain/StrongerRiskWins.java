package org.healthcode.status.domain;

import java.util.Optional;
import org.healthcode.status.api.Colour;

/**
 * What a fact (a declaration's review outcome, an exposure) may do to a code: raise it, restart an
 * ORANGE observation, or nothing. New risk wins over an old all-clear; an all-clear never wins over
 * a running observation or a RED.
 */
final class StrongerRiskWins {

  private StrongerRiskWins() {}

  /** Empty when the incoming colour applies, else why it does not. */
  static Optional<NoChange> check(Optional<Colour> current, Colour incoming) {
    if (current.isEmpty() || incoming.isStrongerThan(current.get())) {
      return Optional.empty();
    }
    if (incoming == current.get()) {
      return incoming == Colour.ORANGE ? Optional.empty() : Optional.of(NoChange.SAME_COLOUR);
    }
    return Optional.of(
        current.get() == Colour.RED ? NoChange.RED_NEEDS_REVIEW : NoChange.OBSERVATION_RUNNING);
  }
}
