package org.healthcode.identity.domain.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One encrypted personal field: the id of the key it was encrypted with and the sealed bytes
 * (12-byte random IV, ciphertext, 16-byte GCM tag).
 *
 * <p>It is stored in a single {@code VARBINARY} column as {@link #toBytes()}:
 *
 * <pre>
 *   1 byte   format version (1)
 *   1 byte   key id length n (1..32)
 *   n bytes  key id, ASCII
 *  12 bytes  IV
 *   rest     ciphertext and 16-byte tag
 * </pre>
 *
 * One column rather than {@code key_id} + {@code ciphertext} beside it, because a person has
 * several encrypted fields: a key id per field would double the columns, one shared key id would
 * force all fields of a row to be re-encrypted together, and a value could never be copied or
 * re-encrypted without its key id. The version byte leaves room for another algorithm later. The
 * header is also bound into the GCM associated data, so it cannot be altered without detection.
 * Overhead is 30 bytes plus the key id.
 */
public final class EncryptedField {

  static final byte FORMAT_VERSION = 1;
  static final int IV_BYTES = 12;
  static final int TAG_BYTES = 16;

  private final String keyId;
  private final byte[] sealed;

  EncryptedField(String keyId, byte[] sealed) {
    if (!KeyRing.isValidKeyId(keyId)) {
      throw new PersonalDataProtectionException("malformed key id in encrypted field");
    }
    if (sealed.length < IV_BYTES + TAG_BYTES) {
      throw new PersonalDataProtectionException(
          "encrypted field is " + sealed.length + " bytes, shorter than IV and tag");
    }
    this.keyId = keyId;
    this.sealed = sealed.clone();
  }

  /** Reads what {@link #toBytes()} wrote; refuses any other layout. */
  public static EncryptedField fromBytes(byte[] stored) {
    Objects.requireNonNull(stored, "stored");
    if (stored.length < 2) {
      throw new PersonalDataProtectionException("encrypted field is too short for its header");
    }
    if (stored[0] != FORMAT_VERSION) {
      throw new PersonalDataProtectionException(
          "encrypted field has unknown format version " + (stored[0] & 0xff));
    }
    int keyIdLength = stored[1] & 0xff;
    if (keyIdLength == 0 || keyIdLength > KeyRing.MAX_KEY_ID_LENGTH) {
      throw new PersonalDataProtectionException(
          "encrypted field has a key id length of " + keyIdLength);
    }
    if (stored.length < 2 + keyIdLength) {
      throw new PersonalDataProtectionException("encrypted field ends inside its key id");
    }
    // ISO-8859-1 maps every byte to one char, so a non-ASCII byte fails the key id check.
    String keyId = new String(stored, 2, keyIdLength, StandardCharsets.ISO_8859_1);
    return new EncryptedField(keyId, Arrays.copyOfRange(stored, 2 + keyIdLength, stored.length));
  }

  public byte[] toBytes() {
    byte[] header = header(keyId);
    return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
  }

  public String keyId() {
    return keyId;
  }

  /** IV, ciphertext and tag. */
  public byte[] sealed() {
    return sealed.clone();
  }

  static byte[] header(String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(2 + id.length)
        .put(FORMAT_VERSION)
        .put((byte) id.length)
        .put(id)
        .array();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptedField that
        && keyId.equals(that.keyId)
        && Arrays.equals(sealed, that.sealed);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + Arrays.hashCode(sealed);
  }

  @Override
  public String toString() {
    return "EncryptedField[keyId=" + keyId + ", " + sealed.length + " bytes]";
  }
}
