package org.healthcode.identity.api;

import java.util.Objects;
import java.util.Optional;

/**
 * An identity document as the venue's manual pass may know it: its keyed hash (32 bytes, the same
 * for the same document, useless without the identity module's secret) and the person registered
 * with it, if any.
 */
public record DocumentMatch(byte[] keyedHash, Optional<PersonId> person) {

  public DocumentMatch {
    Objects.requireNonNull(keyedHash, "keyedHash");
    Objects.requireNonNull(person, "person");
    keyedHash = keyedHash.clone();
  }

  @Override
  public byte[] keyedHash() {
    return keyedHash.clone();
  }
}
