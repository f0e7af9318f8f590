package org.healthcode.identity.domain.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an entry-point device credential: 32 random bytes (256 bits) as unpadded Base64url
 * text, shown once when issued and stored only as its SHA-256.
 *
 * <p>A fast hash is enough here, unlike for passwords: a slow hash protects guessable secrets, and
 * 256 random bits cannot be guessed, so a stolen hash table reveals nothing that brute force could
 * reach. A fast hash also keeps device sign-in cheap at the scale of DESIGN §7.
 */
public final class DeviceSecret {

  static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private DeviceSecret() {}

  /** A new secret: 43 characters of Base64url. */
  public static String generate() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form: lower-case hex SHA-256 of the secret's UTF-8 text. */
  public static String hash(String secret) {
    return HexFormat.of().formatHex(sha256(secret));
  }

  /** Whether the secret hashes to the stored form, compared in constant time. */
  public static boolean matches(String secret, String storedHash) {
    byte[] expected;
    try {
      expected = HexFormat.of().parseHex(storedHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(sha256(secret), expected);
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
