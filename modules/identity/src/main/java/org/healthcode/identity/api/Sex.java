package org.healthcode.identity.api;

/** A person's sex as recorded on identity documents. */
public enum Sex {
  MALE,
  FEMALE
}
