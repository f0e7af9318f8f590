package org.healthcode.status.api;

/** What an exposure did to a person's code. */
public enum ExposureOutcome {
  /** The person had no colour or GREEN and is ORANGE now, under home observation. */
  MARKED_ORANGE,
  /** The person was ORANGE already; the observation starts again from now. */
  OBSERVATION_RESTARTED,
  /** The person is RED and stays RED: strict control already covers the exposure. */
  STAYED_RED
}
