package org.healthcode.identity.domain.protection;

import java.security.SecureRandom;
import java.util.Base64;

/** Random key material in the configuration format, new for every call. */
final class TestKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestKeys() {}

  static String base64Key(int bytes) {
    byte[] key = new byte[bytes];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  static String entry(String keyId) {
    return keyId + ":" + base64Key(KeyRing.KEY_BYTES);
  }
}
