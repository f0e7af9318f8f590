package org.healthcode.identity.domain.protection;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys personal data is encrypted with, each under a short id that is stored with the
 * data, and the one current key that new data is encrypted with. Keys rotate by adding a new
 * current key in front and keeping the old ones for as long as rows encrypted with them exist.
 *
 * <p>Configuration is one value, {@code "k2:BASE64KEY,k1:BASE64KEY"}: comma-separated {@code
 * id:key} entries, the key in standard Base64, and the <em>first entry is the current key</em>. One
 * value rather than a list plus a separate current id, so that rotation is a single edit and the
 * current id can never name a key that is missing.
 */
public final class KeyRing {

  static final int KEY_BYTES = 32;
  static final int MAX_KEY_ID_LENGTH = 32;

  private static final Pattern KEY_ID =
      Pattern.compile("[A-Za-z0-9._-]{1," + MAX_KEY_ID_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentKeyId;
  private final Map<String, SecretKey> keysById;

  private KeyRing(String currentKeyId, Map<String, SecretKey> keysById) {
    this.currentKeyId = currentKeyId;
    this.keysById = Collections.unmodifiableMap(new LinkedHashMap<>(keysById));
  }

  /**
   * Parses {@code "id:base64key,..."}, first entry current. Refuses an empty value, entries without
   * an id or key, ids outside {@code [A-Za-z0-9._-]{1,32}}, keys that are not exactly 32 bytes, and
   * an id given twice.
   */
  public static KeyRing fromConfig(String spec) {
    if (spec == null || spec.isBlank()) {
      throw configError("no keys are configured");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String[] entries = spec.split(",", -1);
    for (int position = 1; position <= entries.length; position++) {
      String entry = entries[position - 1].strip();
      int colon = entry.indexOf(':');
      if (colon < 0) {
        // The entry is not echoed: it may be a key without its id.
        throw configError("entry " + position + " is not in the form id:base64key");
      }
      String keyId = entry.substring(0, colon).strip();
      requireValidKeyId(keyId);
      if (keys.containsKey(keyId)) {
        throw configError("key id '" + keyId + "' appears twice");
      }
      keys.put(keyId, decodeKey(keyId, entry.substring(colon + 1).strip()));
    }
    return new KeyRing(keys.keySet().iterator().next(), keys);
  }

  /**
   * A ring with one random key, for development only: nothing it encrypts can be read after a
   * restart. The id is random too, so that old rows then fail with "unknown key id" rather than
   * with a puzzling authentication error.
   */
  public static KeyRing generateForDevelopment() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    byte[] idSuffix = new byte[4];
    RANDOM.nextBytes(idSuffix);
    String keyId = "dev-" + HexFormat.of().formatHex(idSuffix);
    try {
      return new KeyRing(keyId, Map.of(keyId, new SecretKeySpec(key, "AES")));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  public String currentKeyId() {
    return currentKeyId;
  }

  /** In configuration order, current first. */
  public Set<String> keyIds() {
    return keysById.keySet();
  }

  SecretKey currentKey() {
    return keysById.get(currentKeyId);
  }

  SecretKey key(String keyId) {
    SecretKey key = keysById.get(keyId);
    if (key == null) {
      throw new PersonalDataProtectionException(
          "unknown key id '" + keyId + "': the key ring holds " + keyIds());
    }
    return key;
  }

  static boolean isValidKeyId(String keyId) {
    return KEY_ID.matcher(keyId).matches();
  }

  private static void requireValidKeyId(String keyId) {
    if (!isValidKeyId(keyId)) {
      throw configError(
          "key id '" + keyId + "' must be 1 to 32 characters of letters, digits, '.', '_', '-'");
    }
  }

  private static SecretKey decodeKey(String keyId, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw configError("key '" + keyId + "' is not valid Base64");
    }
    try {
      if (key.length != KEY_BYTES) {
        throw configError(
            "key '" + keyId + "' is " + key.length + " bytes; AES-256 needs exactly " + KEY_BYTES);
      }
      return new SecretKeySpec(key, "AES");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static PersonalDataProtectionException configError(String problem) {
    return new PersonalDataProtectionException("key ring configuration: " + problem);
  }

  /** Ids only: key material never reaches a log. */
  @Override
  public String toString() {
    return "KeyRing[current=" + currentKeyId + ", keys=" + keyIds() + "]";
  }
}
