package org.healthcode.identity.domain.protection;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte keyed hash of a document or phone number, stored in a {@code BINARY(32)} column with a
 * unique index so that a number is found, and registered only once, without storing it in plain.
 */
public final class LookupHash {

  public static final int LENGTH = 32;

  private final byte[] value;

  LookupHash(byte[] value) {
    if (value.length != LENGTH) {
      throw new IllegalArgumentException("a lookup hash is " + LENGTH + " bytes");
    }
    this.value = value.clone();
  }

  public byte[] toBytes() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LookupHash that && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "LookupHash[" + HexFormat.of().formatHex(value) + "]";
  }
}
