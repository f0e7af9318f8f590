package org.healthcode.status.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * The health reasons a manual colour change may give (a closed list, so changes can be counted).
 */
@Description(
    "The health reasons a manual colour change may give (a closed list, so changes can be counted).")
public enum HealthReason {
  @Description("The person is a confirmed case.")
  CONFIRMED_CASE,
  @Description("The person is a suspected case.")
  SUSPECTED_CASE,
  @Description("The person is a close contact of a case.")
  CLOSE_CONTACT,
  @Description("A laboratory test came back negative.")
  LAB_TEST_NEGATIVE,
  @Description("The medical observation was completed.")
  OBSERVATION_COMPLETED,
  @Description("The person recovered clinically.")
  CLINICAL_RECOVERY,
  @Description("The colour rested on wrong data, now corrected.")
  DATA_ERROR_CORRECTION
}
