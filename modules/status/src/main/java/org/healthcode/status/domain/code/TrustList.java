package org.healthcode.status.domain.code;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys whose offline signatures count (docs/adr/0032): this city's own offline keys and the
 * trusted other cities' keys, each with its validity. A code is trusted when the key its S names
 * (issuer, key number) is on the list and valid now, and S verifies with it.
 *
 * <p>Other cities' keys are configured as one value, comma-separated entries {@code
 * ISSUER|kN|PUBLICKEY|VALIDFROM|VALIDUNTIL}: a six-digit division code, the key id, the raw 32-byte
 * public key in base64url or Base64, and ISO-8601 instants; VALIDUNTIL may be left empty (no end).
 */
public final class TrustList {

  private static final Pattern ENTRY =
      Pattern.compile("(\\d{6})\\|k(0|[1-9]\\d{0,2})\\|([A-Za-z0-9+/_=-]+)\\|([^|]+)\\|([^|]*)");

  private final List<TrustedKey> keys;

  public TrustList(List<TrustedKey> keys) {
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (keys.get(i).issuer() == keys.get(j).issuer()
            && keys.get(i).keyNumber() == keys.get(j).keyNumber()) {
          throw new IllegalArgumentException(
              "the trust list names key k"
                  + keys.get(i).keyNumber()
                  + " of "
                  + keys.get(i).issuer()
                  + " twice");
        }
      }
    }
    this.keys = List.copyOf(keys);
  }

  /** Other cities' keys from their configuration; an empty value is an empty list. */
  public static List<TrustedKey> parseForeign(String spec, int ownIssuer) {
    List<TrustedKey> keys = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return keys;
    }
    String[] entries = spec.split(",", -1);
    for (int position = 1; position <= entries.length; position++) {
      Matcher matcher = ENTRY.matcher(entries[position - 1].strip());
      if (!matcher.matches()) {
        throw configError(position, "is not ISSUER|kN|PUBLICKEY|VALIDFROM|VALIDUNTIL");
      }
      int issuer = Integer.parseInt(matcher.group(1));
      if (issuer == ownIssuer) {
        throw configError(position, "names this city; its keys are the offline signing keys");
      }
      int number = Integer.parseInt(matcher.group(2));
      if (number > 255) {
        throw configError(position, "has a key id outside k0..k255");
      }
      byte[] publicKey;
      try {
        String text = matcher.group(3);
        publicKey =
            text.contains("+") || text.contains("/") || text.endsWith("=")
                ? Base64.getDecoder().decode(text)
                : Base64.getUrlDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw configError(position, "has a public key that is not Base64");
      }
      try {
        Instant from = Instant.parse(matcher.group(4).strip());
        Optional<Instant> until =
            matcher.group(5).isBlank()
                ? Optional.empty()
                : Optional.of(Instant.parse(matcher.group(5).strip()));
        keys.add(new TrustedKey(issuer, number, publicKey, from, until, false));
      } catch (DateTimeParseException e) {
        throw configError(position, "has a validity that is not an ISO-8601 instant");
      } catch (IllegalArgumentException e) {
        throw configError(position, "is not usable: " + e.getMessage());
      }
    }
    return keys;
  }

  public List<TrustedKey> keys() {
    return keys;
  }

  /** The key named by (issuer, key number), whatever its validity. */
  public Optional<TrustedKey> find(int issuer, int keyNumber) {
    return keys.stream()
        .filter(key -> key.issuer() == issuer && key.keyNumber() == keyNumber)
        .findFirst();
  }

  /** The published payload (the contract's JSON, UTF-8 signed as it is). */
  public String payload(Instant issuedAt) {
    StringBuilder json = new StringBuilder(128 + 200 * keys.size());
    json.append("{\"issuedAt\":\"").append(issuedAt).append("\",\"keys\":[");
    for (int i = 0; i < keys.size(); i++) {
      TrustedKey key = keys.get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"issuer\":\"")
          .append(key.issuer())
          .append("\",\"keyNumber\":")
          .append(key.keyNumber())
          .append(",\"algorithm\":\"Ed25519\",\"publicKey\":\"")
          .append(key.publicKeyText())
          .append("\",\"validFrom\":\"")
          .append(key.validFrom())
          .append("\",\"validUntil\":")
          .append(key.validUntil().map(until -> "\"" + until + "\"").orElse("null"))
          .append(",\"own\":")
          .append(key.own())
          .append('}');
    }
    return json.append("]}").toString();
  }

  private static IllegalArgumentException configError(int position, String problem) {
    return new IllegalArgumentException("trusted issuer keys: entry " + position + " " + problem);
  }
}
