package org.healthcode.identity.domain.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashing with PBKDF2-HMAC-SHA256 (the JDK's own implementation): a random
 * 16-byte salt per password and, by default, the 210,000 iterations OWASP recommended in 2023.
 * Thread-safe.
 */
public final class PasswordHasher {

  /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 210_000;

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private final PasswordHash decoy;

  public PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
    this.decoy = PasswordHash.parse(hash("decoy password for unknown usernames"));
  }

  public int iterations() {
    return iterations;
  }

  /** A new salted hash of the password, in {@link PasswordHash}'s stored form. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations)).format();
  }

  /**
   * Whether the password matches the stored hash, computed with the hash's own iteration count and
   * compared in constant time. A stored value this class cannot read matches nothing.
   */
  public boolean matches(String password, String stored) {
    PasswordHash expected;
    try {
      expected = PasswordHash.parse(stored);
    } catch (IllegalArgumentException e) {
      spendTime(password);
      return false;
    }
    byte[] actual = derive(password, expected.salt(), expected.iterations());
    return MessageDigest.isEqual(actual, expected.hash());
  }

  /**
   * Does the work of one check against a hash no password matches, so that an unknown username
   * costs as much time as a known one and response times do not reveal which usernames exist.
   */
  public void spendTime(String password) {
    derive(password, decoy.salt(), decoy.iterations());
  }

  /** True if the stored hash was made with fewer iterations than this hasher uses now. */
  public boolean isOutdated(String stored) {
    try {
      return PasswordHash.parse(stored).iterations() < iterations;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }
}
