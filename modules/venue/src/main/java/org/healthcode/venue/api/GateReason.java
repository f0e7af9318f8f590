package org.healthcode.venue.api;

/** Why the gate decided as it did; one reason per decision (docs/adr/0012). */
public enum GateReason {
  /** Green code and a temperature below 37.3 °C: admitted. */
  GREEN_NORMAL_TEMPERATURE,
  /** Orange code: denied; the person goes home for medical observation. */
  ORANGE_HOME_OBSERVATION,
  /** Red code: denied; the person contacts the health authority and stays under strict control. */
  RED_STRICT_CONTROL,
  /**
   * A temperature of 37.3 °C or more, whatever the colour (or none): referred to medical care. At a
   * medical institution the reason is {@link #MEDICAL_INSTITUTION_RECORDED} with the fever flag.
   */
  FEVER,
  /** No health code: an unknown person, or a registered one who has not declared yet: referred. */
  NO_CODE,
  /** A medical institution admits every colour, and no code, and records colour and fever. */
  MEDICAL_INSTITUTION_RECORDED
}
