package org.healthcode.identity.domain.protection;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.healthcode.identity.api.DocumentType;

/**
 * HMAC-SHA256 of document and phone numbers under a secret of its own, so that they can be looked
 * up and kept unique while stored only encrypted. A plain hash would not do: there are few enough
 * ID numbers and phone numbers to hash them all and reverse the table; without the secret that is
 * impossible.
 *
 * <p>Each hash covers a purpose tag and length-prefixed parts, so a phone number and a document
 * number with the same characters, or one document number under two types, never hash alike.
 *
 * <p>Numbers are hashed exactly as given: callers pass the canonical form their validation produces
 * (upper case, no spaces), or equal numbers will not be found.
 *
 * <p>The secret cannot rotate like the encryption keys: a new secret means rehashing every row.
 *
 * <p>Thread-safe. A {@link Mac} is not, and creating one costs a provider lookup and a key
 * schedule, so each thread keeps its own, initialised once.
 */
public final class LookupHasher {

  static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] DOCUMENT = utf8("DOCUMENT");
  private static final byte[] PHONE = utf8("PHONE");
  private static final byte[] SIGN_IN_CODE = utf8("SIGN_IN_CODE");

  private final SecretKey secret;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private LookupHasher(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new PersonalDataProtectionException(
          "lookup hash secret is "
              + secret.length
              + " bytes; at least "
              + MIN_SECRET_BYTES
              + " are required");
    }
    this.secret = new SecretKeySpec(secret, ALGORITHM);
  }

  /** The secret in standard Base64, at least 32 bytes once decoded. */
  public static LookupHasher fromConfig(String base64Secret) {
    if (base64Secret == null || base64Secret.isBlank()) {
      throw new PersonalDataProtectionException("no lookup hash secret is configured");
    }
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(base64Secret.strip());
    } catch (IllegalArgumentException e) {
      throw new PersonalDataProtectionException("lookup hash secret is not valid Base64");
    }
    try {
      return new LookupHasher(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /**
   * A random secret, for development only: hashes stored under it match nothing after a restart.
   */
  public static LookupHasher generateForDevelopment() {
    byte[] secret = new byte[MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    try {
      return new LookupHasher(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  public LookupHash hashDocument(DocumentType type, String number) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    return hash(DOCUMENT, utf8(type.name()), utf8(number));
  }

  public LookupHash hashPhone(String number) {
    Objects.requireNonNull(number, "number");
    return hash(PHONE, utf8(number));
  }

  /**
   * A one-time sign-in code under a random per-code salt. Keyed, because six digits are too few to
   * survive a plain hash: whoever reads the table could otherwise recover a live code.
   */
  public LookupHash hashSignInCode(byte[] salt, String code) {
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(code, "code");
    return hash(SIGN_IN_CODE, salt, utf8(code));
  }

  private LookupHash hash(byte[]... parts) {
    ByteArrayOutputStream message = new ByteArrayOutputStream(64);
    for (byte[] part : parts) {
      message.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
      message.writeBytes(part);
    }
    return new LookupHash(macs.get().doFinal(message.toByteArray()));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new PersonalDataProtectionException("cannot initialise " + ALGORITHM, e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
