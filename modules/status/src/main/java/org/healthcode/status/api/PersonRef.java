package org.healthcode.status.api;

/**
 * A person, by the id the identity module gave them. The status module keeps no personal data of
 * its own: a health code belongs to a person id and nothing else.
 */
public record PersonRef(long id) {

  public PersonRef {
    if (id <= 0) {
      throw new IllegalArgumentException("a person id is positive, got " + id);
    }
  }
}
