package org.healthcode.status.domain;

import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.StatusErrorCodes;

/**
 * A decision taken on an older version of a code may not lower it: whatever changed since (a RED
 * declaration, an exposure) is newer risk, and new risk wins. Raising needs no such check.
 */
final class NoLoweringOfAChangedCode {

  private NoLoweringOfAChangedCode() {}

  static void check(HealthCode code, Decision decision) {
    boolean lowers =
        code.colour().map(current -> current.isStrongerThan(decision.colour())).orElse(false);
    if (lowers && decision.basedOnVersion() != code.version()) {
      throw new HealthCodeException(
          StatusErrorCodes.STALE_DECISION,
          "the code changed after the decision was taken (version "
              + decision.basedOnVersion()
              + ", now "
              + code.version()
              + "); decide again on the current code");
    }
  }
}
