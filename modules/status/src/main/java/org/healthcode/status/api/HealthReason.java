package org.healthcode.status.api;

/**
 * The health reasons a manual colour change may give (a closed list, so changes can be counted).
 */
public enum HealthReason {
  CONFIRMED_CASE,
  SUSPECTED_CASE,
  CLOSE_CONTACT,
  LAB_TEST_NEGATIVE,
  OBSERVATION_COMPLETED,
  CLINICAL_RECOVERY,
  DATA_ERROR_CORRECTION
}
