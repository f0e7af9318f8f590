package org.healthcode.identity.domain.staff;

import java.util.Arrays;
import java.util.Base64;

/**
 * A stored password hash in its self-describing text form {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash in unpadded Base64), so the iteration
 * count can be raised later without losing the hashes made with the old one.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

  static final String SCHEME = "pbkdf2-sha256";

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  public PasswordHash {
    if (iterations < 1 || salt.length == 0 || hash.length == 0) {
      throw new IllegalArgumentException("Not a usable password hash");
    }
    salt = salt.clone();
    hash = hash.clone();
  }

  /** Reads the stored form; IllegalArgumentException if it is not one this class wrote. */
  public static PasswordHash parse(String stored) {
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException("Not a " + SCHEME + " password hash");
    }
    try {
      return new PasswordHash(
          Integer.parseInt(parts[1]), DECODER.decode(parts[2]), DECODER.decode(parts[3]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a " + SCHEME + " password hash", e);
    }
  }

  public String format() {
    return SCHEME
        + "$"
        + iterations
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PasswordHash that
        && iterations == that.iterations
        && Arrays.equals(salt, that.salt)
        && Arrays.equals(hash, that.hash);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return SCHEME + "$" + iterations + "$…";
  }
}
