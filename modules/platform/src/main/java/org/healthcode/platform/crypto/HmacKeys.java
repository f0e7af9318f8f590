package org.healthcode.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A ring of HMAC-SHA256 keys for compact signed tokens (the health-code token, the venue code).
 * Every key verifies; the first signs. Rotation: put a new key first and keep the old one until the
 * longest-lived token signed with it has expired. Each kind of token has its own ring, so a leak of
 * one set of keys cannot mint the other kind.
 *
 * <p>Configuration is one value {@code "k2:BASE64,k1:BASE64"}: comma-separated entries, ids {@code
 * k0} to {@code k255} (the number is the key's one byte in a token), keys in standard Base64 of at
 * least 32 bytes (the HMAC-SHA256 block of security; shorter keys are refused).
 *
 * <p>Thread-safe: each thread keeps its own initialised {@link Mac} per key.
 */
public final class HmacKeys {

  static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";

  private final String purpose;
  private final Key signing;
  private final Key[] byNumber = new Key[256];
  private final List<String> keyIds;

  private HmacKeys(String purpose, List<Key> keys) {
    this.purpose = purpose;
    this.signing = keys.get(0);
    List<String> ids = new ArrayList<>();
    for (Key key : keys) {
      byNumber[key.number] = key;
      ids.add(key.id());
    }
    this.keyIds = Collections.unmodifiableList(ids);
  }

  /**
   * Parses {@code "k2:BASE64,k1:BASE64"}, first entry signing. Refuses with {@link
   * IllegalArgumentException} an empty value, malformed entries, ids outside k0..k255, an id given
   * twice, keys that are not Base64 or shorter than 32 bytes. Messages never contain key material.
   */
  public static HmacKeys fromConfig(String purpose, String spec) {
    List<Key> keys = new ArrayList<>();
    for (KeySpec.Entry entry : KeySpec.parse(purpose, spec)) {
      keys.add(new Key(entry.number(), decodeKey(purpose, entry.id(), entry.key())));
    }
    return new HmacKeys(purpose, keys);
  }

  public String signingKeyId() {
    return signing.id();
  }

  /** Signing key first. */
  public List<String> keyIds() {
    return keyIds;
  }

  public Key signing() {
    return signing;
  }

  /** The key with this number, or {@code null}. */
  public Key byNumber(int number) {
    return byNumber[number];
  }

  private static SecretKey decodeKey(String purpose, String id, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw configError(purpose, "key '" + id + "' is not valid Base64");
    }
    try {
      if (key.length < MIN_KEY_BYTES) {
        throw configError(
            purpose,
            "key '" + id + "' is " + key.length + " bytes; at least " + MIN_KEY_BYTES + " needed");
      }
      return new SecretKeySpec(key, ALGORITHM);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static IllegalArgumentException configError(String purpose, String problem) {
    return KeySpec.error(purpose, problem);
  }

  /** Ids only: key material never reaches a log. */
  @Override
  public String toString() {
    return "HmacKeys[" + purpose + ", signing=" + signing.id() + ", keys=" + keyIds + "]";
  }

  /** One key; {@code number} is its byte in a token. */
  public static final class Key {
    private final int number;
    private final SecretKey secret;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Key(int number, SecretKey secret) {
      this.number = number;
      this.secret = secret;
    }

    public int number() {
      return number;
    }

    public String id() {
      return "k" + number;
    }

    /**
     * HMAC-SHA256 of {@code context} followed by {@code length} bytes of {@code data}. The context
     * (a fixed label per kind of token, may be empty) keeps one kind's tags from verifying as
     * another's should the same key ever be configured for both.
     */
    public byte[] mac(byte[] context, byte[] data, int length) {
      Mac mac = macs.get();
      mac.update(context);
      mac.update(data, 0, length);
      return mac.doFinal();
    }

    private Mac newMac() {
      try {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(secret);
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot initialise " + ALGORITHM, e);
      }
    }
  }
}
