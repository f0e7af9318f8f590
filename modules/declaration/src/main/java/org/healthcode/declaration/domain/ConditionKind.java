package org.healthcode.declaration.domain;

/** The closed set of conditions a review rule can test; each has its own parameters. */
public enum ConditionKind {
  /** The person declares being a case: {@code statuses}. */
  CASE_STATUS,
  /** Contact with a case of one of {@code kinds} in the last {@code withinDays} days. */
  CONTACT_WITH_CASE,
  /** Temperature at least {@code minTemperature} and a stay in an area of {@code levels}. */
  FEVER_AND_STAY_IN,
  /** A stay in an area of one of {@code levels} in the last {@code withinDays} days. */
  STAY_IN,
  /** At least one of {@code symptoms} declared. */
  ANY_SYMPTOM,
  /** Arriving from outside the city, and fewer than {@code days} days since arrival. */
  ARRIVING_WITHIN,
  /** The person says they are under medical observation now. */
  UNDER_MEDICAL_OBSERVATION,
  /** The answers contradict one another in one of the ways listed in {@code contradictions}. */
  INCONSISTENT
}
