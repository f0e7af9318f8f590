package org.healthcode.venue.api;

/** What the guard at an entry point does with a person (DESIGN §5). */
public enum GateOutcome {
  /** Let the person in. */
  ADMIT,
  /** Do not let the person in; the reason says where they go instead. */
  DENY,
  /**
   * Do not let the person in on this scan; hand them to someone who can help: medical staff for a
   * fever, the staff point for a person without a code.
   */
  REFER
}
