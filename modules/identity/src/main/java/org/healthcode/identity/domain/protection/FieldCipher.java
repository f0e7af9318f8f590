package org.healthcode.identity.domain.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal fields with AES-256-GCM under the current key of a {@link KeyRing}, and
 * decrypts them with whichever key of the ring they name, so rows written before a rotation still
 * read.
 *
 * <p>The context names the field ({@code "person.name"}, {@code "person.document_number"}) and is
 * authenticated with the data: a value copied into another column is refused instead of read. It
 * does not tie a value to its row; a caller that needs that puts the row's id into the context.
 * Every encryption draws a fresh random 96-bit IV, so equal values do not look equal at rest.
 * Random IVs limit one key to 2^32 encryptions (NIST SP 800-38D), far more than a city's register
 * writes between rotations.
 *
 * <p>Thread-safe.
 */
public final class FieldCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One per thread, initialised afresh for each field: Cipher.getInstance showed in the scan path.
   */
  private static final ThreadLocal<Cipher> CIPHERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance(TRANSFORMATION);
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(TRANSFORMATION + " is not available", e);
            }
          });

  private final KeyRing keys;

  public FieldCipher(KeyRing keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The id of the key new data is encrypted with. */
  public String currentKeyId() {
    return keys.currentKeyId();
  }

  /** Every key id the ring holds, current first. */
  public List<String> keyIds() {
    return List.copyOf(keys.keyIds());
  }

  public EncryptedField encrypt(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext");
    requireContext(context);
    String keyId = keys.currentKeyId();
    byte[] iv = new byte[EncryptedField.IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.currentKey(), iv, keyId, context);
      byte[] sealed = Arrays.copyOf(iv, iv.length + cipher.getOutputSize(plain.length));
      cipher.doFinal(plain, 0, plain.length, sealed, iv.length);
      return new EncryptedField(keyId, sealed);
    } catch (GeneralSecurityException e) {
      throw new PersonalDataProtectionException(
          "could not encrypt " + context + " with key '" + keyId + "'", e);
    }
  }

  /**
   * Refuses with {@link PersonalDataProtectionException} when the key id is not in the ring or the
   * data, its header or the context differ from what was encrypted.
   */
  public String decrypt(EncryptedField field, String context) {
    Objects.requireNonNull(field, "field");
    requireContext(context);
    SecretKey key = keys.key(field.keyId());
    byte[] sealed = field.sealed();
    byte[] iv = Arrays.copyOf(sealed, EncryptedField.IV_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, field.keyId(), context);
      byte[] plaintext =
          cipher.doFinal(sealed, EncryptedField.IV_BYTES, sealed.length - EncryptedField.IV_BYTES);
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new PersonalDataProtectionException(
          "encrypted "
              + context
              + " does not authenticate under key '"
              + field.keyId()
              + "': the data was altered, belongs to another field, or was sealed with another"
              + " key of that id",
          e);
    } catch (GeneralSecurityException e) {
      throw new PersonalDataProtectionException(
          "could not decrypt " + context + " with key '" + field.keyId() + "'", e);
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] iv, String keyId, String context)
      throws GeneralSecurityException {
    Cipher cipher = CIPHERS.get();
    cipher.init(mode, key, new GCMParameterSpec(EncryptedField.TAG_BYTES * 8, iv));
    cipher.updateAAD(EncryptedField.header(keyId));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static void requireContext(String context) {
    if (context == null || context.isBlank()) {
      throw new IllegalArgumentException("a context naming the field is required");
    }
  }
}
