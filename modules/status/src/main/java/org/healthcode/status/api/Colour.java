package org.healthcode.status.api;

import org.eclipse.microprofile.graphql.Description;

/** The three colours of the health code, by rising risk: GREEN < ORANGE < RED. */
@Description("The three colours of the health code, by rising risk: GREEN < ORANGE < RED.")
public enum Colour {
  @Description("Normal: may enter places and travel when the temperature is normal.")
  GREEN,
  @Description("Home medical observation: stays at home and accepts community management.")
  ORANGE,
  @Description("Strict control by the relevant institutions and community.")
  RED;

  /** Whether this colour stands for a higher risk than {@code other}. */
  public boolean isStrongerThan(Colour other) {
    return compareTo(other) > 0;
  }
}
