package org.healthcode.venue.domain;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity module's keyed hash of an identity document (32 bytes), by which a manual pass names
 * a person who has no registration: it can be matched and traced, but not read back.
 */
public final class DocumentHash {

  public static final int LENGTH = 32;

  private final byte[] value;

  private DocumentHash(byte[] value) {
    this.value = value;
  }

  public static DocumentHash of(byte[] value) {
    Objects.requireNonNull(value, "value");
    if (value.length != LENGTH) {
      throw new IllegalArgumentException(
          "a document hash is " + LENGTH + " bytes, got " + value.length);
    }
    return new DocumentHash(value.clone());
  }

  public byte[] toBytes() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentHash that && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "DocumentHash[" + HexFormat.of().formatHex(value) + "]";
  }
}
