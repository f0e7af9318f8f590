package org.healthcode.venue.api;

import org.eclipse.microprofile.graphql.Description;

/** Why the gate decided as it did; one reason per decision (docs/adr/0012). */
@Description("Why the gate decided as it did; one reason per decision.")
public enum GateReason {
  /** Green code and a temperature below 37.3 °C: admitted. */
  @Description("Green code and a temperature below 37.3 °C: admitted.")
  GREEN_NORMAL_TEMPERATURE,
  /**
   * Green code shown at a check-in by venue code, where nobody has measured the temperature yet:
   * admitted once the guard's measurement is below 37.3 °C.
   */
  @Description(
      "Green code at a check-in by venue code, not measured yet: admitted once the guard measures below 37.3 °C.")
  GREEN_TEMPERATURE_NOT_MEASURED,
  /** Orange code: denied; the person goes home for medical observation. */
  @Description("Orange code: denied; the person goes home for medical observation.")
  ORANGE_HOME_OBSERVATION,
  /** Red code: denied; the person contacts the health authority and stays under strict control. */
  @Description("Red code: denied; the person contacts the health authority.")
  RED_STRICT_CONTROL,
  /**
   * A temperature of 37.3 °C or more, whatever the colour (or none): referred to medical care. At a
   * medical institution the reason is {@link #MEDICAL_INSTITUTION_RECORDED} with the fever flag.
   */
  @Description("37.3 °C or more, whatever the colour: referred to medical care.")
  FEVER,
  /** No health code: an unknown person, or a registered one who has not declared yet: referred. */
  @Description("No health code (not registered, or not declared yet): referred to the staff point.")
  NO_CODE,
  /** A medical institution admits every colour, and no code, and records colour and fever. */
  @Description(
      "A medical institution admits every colour and no code, and records colour and fever.")
  MEDICAL_INSTITUTION_RECORDED
}
