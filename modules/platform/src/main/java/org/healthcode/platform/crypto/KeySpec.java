package org.healthcode.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a key ring's configuration, {@code "k2:BASE64,k1:BASE64"} ({@link HmacKeys},
 * {@link Ed25519Keys}): comma-separated entries, ids {@code k0} to {@code k255} (the number is the
 * key's byte in what it signs), each id once, the first entry signing. Messages name the purpose
 * and the entry, never key material.
 */
final class KeySpec {

  private static final Pattern KEY_ID = Pattern.compile("k(0|[1-9]\\d{0,2})");

  private KeySpec() {}

  /** One entry: the key's id, its number and its text (not yet decoded). */
  record Entry(String id, int number, String key) {}

  static List<Entry> parse(String purpose, String spec) {
    if (spec == null || spec.isBlank()) {
      throw error(purpose, "no keys are configured");
    }
    List<Entry> keys = new ArrayList<>();
    String[] entries = spec.split(",", -1);
    for (int position = 1; position <= entries.length; position++) {
      String entry = entries[position - 1].strip();
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw error(purpose, "entry " + position + " is not in the form kN:base64key");
      }
      String id = entry.substring(0, colon).strip();
      Matcher matcher = KEY_ID.matcher(id);
      if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 255) {
        throw error(purpose, "key id '" + id + "' must be k0 to k255");
      }
      int number = Integer.parseInt(matcher.group(1));
      if (keys.stream().anyMatch(key -> key.number() == number)) {
        throw error(purpose, "key id '" + id + "' appears twice");
      }
      keys.add(new Entry(id, number, entry.substring(colon + 1).strip()));
    }
    return keys;
  }

  static IllegalArgumentException error(String purpose, String problem) {
    return new IllegalArgumentException(purpose + ": " + problem);
  }
}
