package org.healthcode.status.domain.code;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.healthcode.platform.crypto.Base64Url;

/**
 * The random id of a health code: 128 random bits, unrelated to the person's documents, so a token
 * read off a screen or a paper code reveals nothing about who holds it. Revocation works on it.
 */
public record CodeId(long high, long low) {

  static final int BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  public static CodeId random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return fromBytes(bytes, 0);
  }

  /** The 22-character base64url form, e.g. for a revocation list. */
  public static Optional<CodeId> parse(String text) {
    if (text == null || text.length() != 22) {
      return Optional.empty();
    }
    byte[] bytes = Base64Url.decode(text);
    return bytes == null ? Optional.empty() : Optional.of(fromBytes(bytes, 0));
  }

  static CodeId fromBytes(byte[] bytes, int offset) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, BYTES);
    return new CodeId(buffer.getLong(), buffer.getLong());
  }

  void writeTo(ByteBuffer buffer) {
    buffer.putLong(high).putLong(low);
  }

  @Override
  public String toString() {
    ByteBuffer buffer = ByteBuffer.allocate(BYTES);
    writeTo(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }
}
