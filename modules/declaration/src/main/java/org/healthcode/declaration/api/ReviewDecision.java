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

  public Outcome outcome() {
    return Outcome.valueOf(name());
  }
}
