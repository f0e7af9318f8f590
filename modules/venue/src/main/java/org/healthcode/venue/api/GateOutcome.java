package org.healthcode.venue.api;

import org.eclipse.microprofile.graphql.Description;

/** What the guard at an entry point does with a person (DESIGN §5). */
@Description("What the guard at an entry point does with a person.")
public enum GateOutcome {
  /** Let the person in. */
  @Description("Let the person in.")
  ADMIT,
  /** Do not let the person in; the reason says where they go instead. */
  @Description("Do not let the person in; the reason says where they go instead.")
  DENY,
  /**
   * Do not let the person in on this scan; hand them to someone who can help: medical staff for a
   * fever, the staff point for a person without a code.
   */
  @Description(
      "Do not let the person in on this scan; hand them to medical staff (fever) or the staff point (no code).")
  REFER
}
