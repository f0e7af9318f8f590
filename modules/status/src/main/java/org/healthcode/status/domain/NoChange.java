package org.healthcode.status.domain;

/** Why something that happened left a health code as it was. */
public enum NoChange {
  SAME_COLOUR("the code already has this colour"),
  OBSERVATION_RUNNING(
      "an ORANGE observation ends only when its period is over or by a reviewed decision"),
  RED_NEEDS_REVIEW("RED is lowered only by a reviewed or approved manual decision"),
  TIMER_STALE("the observation this timer was set for is no longer running"),
  TIMER_EARLY("the observation period is not over yet");

  private final String explanation;

  NoChange(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
