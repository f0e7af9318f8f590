package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a background review or a single rule concludes. Declared in order of precedence: the
 * strongest fired rule decides. A red code is never held back for a reviewer, so {@link #RED}
 * outranks {@link #MANUAL_REVIEW}; contradictory data outranks an orange code, since a reviewer
 * must look at it whatever its colour.
 */
@Description(
    "What the background review or a single rule concludes. The strongest fired rule decides, in"
        + " the order GREEN < ORANGE < MANUAL_REVIEW < RED.")
public enum Outcome {
  @Description("Green code: no rule found a risk.")
  GREEN,
  @Description(
      "Orange code (home medical observation), e.g. for a symptom or a stay in a medium-risk area.")
  ORANGE,
  @Description(
      "No colour yet: the data contradicts itself or the identity record, so a reviewer decides.")
  MANUAL_REVIEW,
  @Description(
      "Red code (strict control), e.g. for a confirmed or suspected case or a close contact of"
          + " one.")
  RED;

  public boolean isColour() {
    return this != MANUAL_REVIEW;
  }

  public Outcome strongest(Outcome other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
