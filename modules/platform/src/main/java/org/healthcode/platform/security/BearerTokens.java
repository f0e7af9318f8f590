package org.healthcode.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.healthcode.platform.cache.BoundedCache;

/**
 * Verifies the bearer tokens {@link TokenIssuer} signs (docs/adr/0006, 0015): RS256 only, signature
 * by the configured public key, issuer, expiry (and iat/nbf when present) with a minute of clock
 * skew, and a subject. A token that passes becomes its {@link Caller}; anything else is refused.
 *
 * <p>A node keeps the tokens it verified, until each expires, so that a device scanning all morning
 * pays for one signature check per token rather than per scan: a {@link BoundedCache} of {@value
 * #MAX_KEPT} tokens (about 1.6 KiB each, docs/adr/0038), the least used evicted first.
 */
public final class BearerTokens {

  /** Longer than any token we sign; a bigger header is refused before it is decoded. */
  static final int MAX_TOKEN_CHARS = 4096;

  static final long CLOCK_SKEW_SECONDS = 60;

  /**
   * Sized for a city's busy quarter hour (a token lives 15 minutes): every gate device and the
   * citizens refreshing their codes at once; at about 1.6 KiB a token, 160 MiB when full.
   */
  static final int MAX_KEPT = 100_000;

  /** A token is kept no longer than it lives (15 minutes) and its clock skew. */
  static final Duration KEPT_FOR = Duration.ofMinutes(16);

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
  private static final String RS256_HEADER_ALG = "RS256";
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
  private static final Base64.Decoder BASE64_URL = Base64.getUrlDecoder();

  /** How often the configured keys are looked at again (docs/adr/0028). */
  static final long RELOAD_SECONDS = 5;

  private record Verified(Caller caller, long expiresAt, long issuedAt) {}

  /** Whether a token of the subject issued at the second (0: unknown) was revoked meanwhile. */
  @FunctionalInterface
  public interface RevocationCheck {
    RevocationCheck NONE = (subject, issuedAt) -> false;

    boolean isRevoked(String subject, long issuedAtEpochSecond);
  }

  private volatile JwtKeys keys;
  private final String issuer;
  private final Clock clock;
  private final BoundedCache<String, Verified> verified =
      BoundedCache.create("verified_tokens", MAX_KEPT, KEPT_FOR);
  private final ConfiguredKeys configured;
  private volatile long reloadAt;
  private volatile RevocationCheck revocations = RevocationCheck.NONE;

  /**
   * @param publicKey the signer's key; empty when none is configured (every token is refused)
   */
  public BearerTokens(Optional<PublicKey> publicKey, String issuer, Clock clock) {
    this(publicKey.map(key -> JwtKeys.of(List.of(key))).orElse(JwtKeys.none()), issuer, clock);
  }

  /** Every key in {@code keys} verifies; a token naming a key id is checked with that key only. */
  public BearerTokens(JwtKeys keys, String issuer, Clock clock) {
    this(keys, issuer, clock, null);
  }

  private BearerTokens(JwtKeys keys, String issuer, Clock clock, ConfiguredKeys configured) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.configured = configured;
    this.reloadAt = clock.instant().getEpochSecond() + RELOAD_SECONDS;
  }

  /** The keys verifying now. */
  public JwtKeys keys() {
    return keys;
  }

  /**
   * From MicroProfile Config, under MicroProfile JWT's names so deployments keep their settings:
   * {@code mp.jwt.verify.publickey} (PEM blocks or a JWKS) or {@code
   * mp.jwt.verify.publickey.location} (a class path resource, a file, a {@code file:} URL or a
   * directory; {@link JwtKeys}), and {@code mp.jwt.verify.issuer}. Without a key every token is
   * refused and a warning is logged. The settings (and the files they name) are looked at again
   * every {@value #RELOAD_SECONDS} seconds, so a key can be added or retired without a restart.
   */
  public static BearerTokens fromConfig(Config config) {
    ConfiguredKeys configured = new ConfiguredKeys(config);
    JwtKeys keys = configured.load();
    if (keys.isEmpty()) {
      LOG.warning(
          "No token verification key (MP_JWT_VERIFY_PUBLICKEY_LOCATION): every token is refused");
    } else {
      LOG.info(() -> "Token verification keys: " + keys);
    }
    return new BearerTokens(
        keys, config.getValue("mp.jwt.verify.issuer", String.class), Clock.systemUTC(), configured);
  }

  /** The configured verification keys and what they were read from, to see when it changes. */
  private static final class ConfiguredKeys {
    private final Config config;
    private String fingerprint;

    ConfiguredKeys(Config config) {
      this.config = config;
    }

    JwtKeys load() {
      Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
      Optional<String> location =
          config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
      fingerprint = fingerprintOf(inline, location);
      if (inline.isPresent() && !inline.get().isBlank()) {
        return JwtKeys.parse(inline.get());
      }
      return location.filter(value -> !value.isBlank()).map(JwtKeys::read).orElse(JwtKeys.none());
    }

    /** The keys when the configuration changed since the last load, else empty. */
    Optional<JwtKeys> reloadIfChanged() {
      Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
      Optional<String> location =
          config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
      if (fingerprintOf(inline, location).equals(fingerprint)) {
        return Optional.empty();
      }
      return Optional.of(load());
    }

    private static String fingerprintOf(Optional<String> inline, Optional<String> location) {
      return inline.orElse("") + "\n" + location.map(JwtKeys::fingerprint).orElse("");
    }
  }

  /** The X.509 (SubjectPublicKeyInfo) PEM of an RSA public key. */
  public static PublicKey parsePublicKey(String pem) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Pem.decode(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("The token verification key is not an RSA public PEM", e);
    }
  }

  /**
   * Refuses from now on the tokens the check names revoked (docs/adr/0019), even those verified and
   * kept before: the check runs on every request, after the kept signature check.
   */
  public BearerTokens checkingRevocations(RevocationCheck check) {
    this.revocations = Objects.requireNonNull(check, "check");
    return this;
  }

  /**
   * The caller an {@code Authorization} header value names: empty when it is not {@code Bearer}
   * with a token that verifies now.
   */
  public Optional<Caller> verify(String authorization) {
    if (authorization == null
        || authorization.length() > MAX_TOKEN_CHARS
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = authorization.substring(7).strip();
    long now = clock.instant().getEpochSecond();
    if (configured != null && now >= reloadAt) {
      reload(now);
    }
    Verified kept = verified.getIfPresent(token);
    if (kept != null) {
      return expired(kept.expiresAt(), now) || revoked(kept)
          ? Optional.empty()
          : Optional.of(kept.caller());
    }
    Optional<Verified> checked = check(token, now);
    if (checked.isPresent() && revoked(checked.get())) {
      return Optional.empty();
    }
    checked.ifPresent(fresh -> verified.put(token, fresh));
    return checked.map(Verified::caller);
  }

  /**
   * Reads the configured keys again when they changed; the tokens kept so far are forgotten, so a
   * retired key's tokens stop at once. A configuration that does not parse keeps the keys in use.
   */
  private synchronized void reload(long now) {
    if (now < reloadAt) {
      return;
    }
    reloadAt = now + RELOAD_SECONDS;
    try {
      configured
          .reloadIfChanged()
          .ifPresent(
              fresh -> {
                keys = fresh;
                verified.invalidateAll();
                LOG.info(() -> "Token verification keys changed: " + fresh);
              });
    } catch (RuntimeException e) {
      LOG.warning(
          "The token verification keys changed but cannot be read; the previous keys stay: "
              + e.getMessage());
    }
  }

  private boolean revoked(Verified token) {
    return revocations.isRevoked(token.caller().subject(), token.issuedAt());
  }

  private Optional<Verified> check(String token, long now) {
    JwtKeys current = keys;
    if (current.isEmpty()) {
      return Optional.empty();
    }
    int firstDot = token.indexOf('.');
    int secondDot = token.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot <= firstDot + 1 || token.indexOf('.', secondDot + 1) >= 0) {
      return Optional.empty();
    }
    try {
      JsonObject header = json(token.substring(0, firstDot));
      if (!RS256_HEADER_ALG.equals(header.getString("alg", null))
          || header.containsKey("crit")
          || !signatureMatches(current, header.get("kid"), token, secondDot)) {
        return Optional.empty();
      }
      return claims(json(token.substring(firstDot + 1, secondDot)), now);
    } catch (IllegalArgumentException
        | JsonException
        | ClassCastException
        | ArithmeticException e) {
      return Optional.empty(); // not base64url, not JSON, or a claim of the wrong type
    }
  }

  /**
   * A token naming a key ({@code kid}) is checked with that key only, and refused when no such key
   * verifies here; a token without one (signed before key ids) with each key in turn.
   */
  private static boolean signatureMatches(
      JwtKeys current, JsonValue kid, String token, int secondDot) {
    if (kid != null) {
      PublicKey key = current.byId(((JsonString) kid).getString());
      return key != null && signatureMatches(key, token, secondDot);
    }
    for (PublicKey key : current.all()) {
      if (signatureMatches(key, token, secondDot)) {
        return true;
      }
    }
    return false;
  }

  private static boolean signatureMatches(PublicKey key, String token, int secondDot) {
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update(token.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(BASE64_URL.decode(token.substring(secondDot + 1)));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private Optional<Verified> claims(JsonObject claims, long now) {
    if (!issuer.equals(string(claims, "iss"))) {
      return Optional.empty();
    }
    Long expiresAt = number(claims, "exp");
    Long issuedAt = number(claims, "iat");
    Long notBefore = number(claims, "nbf");
    String subject = string(claims, "sub");
    if (expiresAt == null
        || expired(expiresAt, now)
        || (issuedAt != null && issuedAt > now + CLOCK_SKEW_SECONDS)
        || (notBefore != null && notBefore > now + CLOCK_SKEW_SECONDS)
        || subject == null
        || subject.isBlank()
        // the application's own background work is no token's to claim (docs/adr/0044)
        || subject.startsWith(SubjectKind.SYSTEM.prefix())) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    JsonValue groups = claims.get("groups");
    if (groups != null) {
      for (JsonValue group : (JsonArray) groups) {
        String name = ((JsonString) group).getString();
        for (Role role : Role.values()) {
          if (role != Role.SYSTEM && role.name().equals(name)) {
            roles.add(role);
          }
        }
      }
    }
    return Optional.of(
        new Verified(new Caller(subject, roles), expiresAt, issuedAt == null ? 0 : issuedAt));
  }

  /** Past its expiry by more than the clock skew allows. */
  private static boolean expired(long expiresAt, long now) {
    return now >= expiresAt + CLOCK_SKEW_SECONDS;
  }

  private static JsonObject json(String base64Url) {
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(BASE64_URL.decode(base64Url)))) {
      return reader.readObject();
    }
  }

  private static String string(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value == null ? null : ((JsonString) value).getString();
  }

  private static Long number(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value == null ? null : ((JsonNumber) value).longValueExact();
  }
}
