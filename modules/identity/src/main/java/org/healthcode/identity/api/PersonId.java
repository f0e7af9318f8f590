package org.healthcode.identity.api;

/** A registered person, as other modules refer to one. */
public record PersonId(long value) {

  /** Parses the decimal form used in the API; refuses anything else with an exception. */
  public static PersonId parse(String text) {
    return new PersonId(Long.parseLong(text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
