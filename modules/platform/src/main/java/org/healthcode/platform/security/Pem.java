package org.healthcode.platform.security;

import java.util.Base64;

/** The DER bytes inside a PEM block, for the token signing and verification keys. */
final class Pem {

  private Pem() {}

  /**
   * @param label the block's label, e.g. {@code PUBLIC KEY}
   * @throws IllegalArgumentException if what is left is not base64
   */
  static byte[] decode(String pem, String label) {
    return Base64.getDecoder()
        .decode(
            pem.replace("-----BEGIN " + label + "-----", "")
                .replace("-----END " + label + "-----", "")
                .replaceAll("\\s", ""));
  }
}
