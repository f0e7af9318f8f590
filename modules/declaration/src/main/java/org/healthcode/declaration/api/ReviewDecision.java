package org.healthcode.declaration.api;

/** What a reviewer may decide for a declaration in the manual review queue: a colour. */
public enum ReviewDecision {
  GREEN,
  ORANGE,
  RED;

  public Outcome outcome() {
    return Outcome.valueOf(name());
  }
}
