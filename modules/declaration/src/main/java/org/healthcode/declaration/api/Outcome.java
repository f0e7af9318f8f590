package org.healthcode.declaration.api;

/**
 * What a background review or a single rule concludes. Declared in order of precedence: the
 * strongest fired rule decides. A red code is never held back for a reviewer, so {@link #RED}
 * outranks {@link #MANUAL_REVIEW}; contradictory data outranks an orange code, since a reviewer
 * must look at it whatever its colour.
 */
public enum Outcome {
  GREEN,
  ORANGE,
  MANUAL_REVIEW,
  RED;

  public boolean isColour() {
    return this != MANUAL_REVIEW;
  }

  public Outcome strongest(Outcome other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
