package org.healthcode.status.domain;

import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.StatusErrorCodes;

/**
 * Dual control (DESIGN §1, §4): a manual change takes effect only when approved by someone other
 * than its proposer. Reviews and appeal decisions come from the review queue and need no approver.
 */
final class ManualChangeNeedsASecondPerson {

  private ManualChangeNeedsASecondPerson() {}

  static void check(Decision decision) {
    if (decision.cause() != ChangeCause.MANUAL) {
      if (decision.approvedBy().isPresent()) {
        throw new HealthCodeException(
            StatusErrorCodes.ILLEGAL_TRANSITION,
            "only a MANUAL change carries an approver, not a " + decision.cause());
      }
      return;
    }
    String approver = decision.approvedBy().map(String::strip).orElse("");
    if (approver.isEmpty()) {
      throw new HealthCodeException(
          StatusErrorCodes.DUAL_CONTROL_REQUIRED, "a manual change needs an approver");
    }
    if (approver.equalsIgnoreCase(decision.decidedBy().strip())) {
      throw new HealthCodeException(
          StatusErrorCodes.DUAL_CONTROL_REQUIRED,
          "a manual change must be approved by someone other than its proposer");
    }
  }
}
