package org.healthcode.status.api;

/** The three colours of the health code (DESIGN §4), weakest risk first. */
public enum Colour {
  GREEN("Normal: may enter places and travel when the temperature is normal."),
  ORANGE("Home medical observation: stays at home and accepts community management."),
  RED("Strict control by the relevant institutions and community.");

  private final String meaning;

  Colour(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }

  /** Whether this colour stands for a higher risk than {@code other}. */
  public boolean isStrongerThan(Colour other) {
    return compareTo(other) > 0;
  }
}
