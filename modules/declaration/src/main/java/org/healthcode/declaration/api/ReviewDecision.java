package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** What a reviewer may decide for a declaration in the manual review queue: a colour. */
@Description("What a reviewer may decide for a declaration in the manual review queue: a colour.")
public enum ReviewDecision {
  @Description("Give the person a green code.")
  GREEN,
  @Description("Give the person an orange code.")
  ORANGE,
  @Description("Give the person a red code.")
  RED;

  /** The outcome the decision stands for. Exhaustive: a new decision does not compile unmapped. */
  public Outcome outcome() {
    return switch (this) {
      case GREEN -> Outcome.GREEN;
      case ORANGE -> Outcome.ORANGE;
      case RED -> Outcome.RED;
    };
  }
}
