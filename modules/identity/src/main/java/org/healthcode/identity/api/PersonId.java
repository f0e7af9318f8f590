package org.healthcode.identity.api;

/**
 * A registered person, as every module refers to one: the id the identity module gave them, always
 * positive. Other modules keep no personal data of their own, only this id.
 */
public record PersonId(long value) {

  public PersonId {
    if (value <= 0) {
      throw new IllegalArgumentException("a person id is positive");
    }
  }

  /**
   * Parses the decimal form used in the API: {@link NumberFormatException} for text that is not a
   * number, {@link IllegalArgumentException} for a number that is no person's id (not positive).
   */
  public static PersonId parse(String text) {
    return new PersonId(Long.parseLong(text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
