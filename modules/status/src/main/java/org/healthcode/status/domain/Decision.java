package org.healthcode.status.domain;

import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;

/**
 * A person's decision about a health code: a reviewer's (REVIEW), a reviewer's on an appeal
 * (APPEAL), or a manual change proposed by one person and approved by another (MANUAL). Only
 * decisions lower a RED code or end an ORANGE observation early.
 *
 * @param decidedBy the reviewer, or for MANUAL the proposer
 * @param approvedBy for MANUAL the approving supervisor; empty otherwise
 * @param basedOnVersion the version of the code the decision was taken on
 */
public record Decision(
    ChangeCause cause,
    Colour colour,
    String reason,
    String decidedBy,
    Optional<String> approvedBy,
    long basedOnVersion) {

  public Decision {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(approvedBy, "approvedBy");
  }

  public static Decision review(Colour colour, String reason, String reviewer, long basedOn) {
    return new Decision(ChangeCause.REVIEW, colour, reason, reviewer, Optional.empty(), basedOn);
  }

  public static Decision appeal(Colour colour, String reason, String reviewer, long basedOn) {
    return new Decision(ChangeCause.APPEAL, colour, reason, reviewer, Optional.empty(), basedOn);
  }

  public static Decision manual(
      Colour colour, String reason, String proposer, String approver, long basedOn) {
    return new Decision(
        ChangeCause.MANUAL, colour, reason, proposer, Optional.ofNullable(approver), basedOn);
  }
}
