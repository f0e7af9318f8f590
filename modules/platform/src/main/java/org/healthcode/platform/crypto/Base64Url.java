package org.healthcode.platform.crypto;

import java.util.Arrays;

/**
 * Strict unpadded base64url decoding that answers {@code null} instead of throwing, and refuses
 * non-canonical text (unused low bits of the last character set) so that each token has exactly one
 * spelling.
 */
public final class Base64Url {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private Base64Url() {}

  public static byte[] decode(String text) {
    int length = text.length();
    if (length % 4 == 1) {
      return null;
    }
    byte[] out = new byte[length * 6 / 8];
    int buffer = 0;
    int bits = 0;
    int position = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int value = c < 128 ? VALUES[c] : -1;
      if (value < 0) {
        return null;
      }
      buffer = (buffer << 6) | value;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[position++] = (byte) (buffer >>> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    return buffer == 0 ? out : null;
  }
}
