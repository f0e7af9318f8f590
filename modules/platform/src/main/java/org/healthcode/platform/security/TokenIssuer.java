package org.healthcode.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;

/**
 * Signs the short-lived bearer tokens every sign-in returns (RS256 JWT, as MicroProfile JWT
 * expects), with the signing key's id in the header ({@code kid}, its RFC 7638 thumbprint, {@link
 * JwtKeys}); {@link BearerTokens} verifies them with the key of that id (docs/adr/0028).
 *
 * <p>The signing key comes from {@code healthcode.jwt.signing-key} (PKCS#8 PEM) or the file {@code
 * healthcode.jwt.signing-key.location}, looked at again every few seconds so that a switch needs no
 * restart. Without either the development key pair shipped in the platform jar is used, which is
 * refused in production mode.
 */
@ApplicationScoped
public class TokenIssuer {

  static final String DEVELOPMENT_PRIVATE_KEY = "/META-INF/healthcode/dev-jwt-private.pem";

  /** How often the signing key's settings are looked at again. */
  static final Duration RELOAD = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "healthcode.jwt.lifetime", defaultValue = "PT15M")
  Duration lifetime;

  @Inject RuntimeMode runtimeMode;

  private record SigningKey(PrivateKey key, String keyId, String source, Instant checkAfter) {}

  private final Clock clock = Clock.systemUTC();
  private volatile SigningKey signingKey;

  @PostConstruct
  void loadKey() {
    signingKey = load(clock.instant());
    LOG.info(() -> "Tokens are signed with key " + signingKey.keyId());
  }

  /** The id of the key tokens are signed with now. */
  public String signingKeyId() {
    return current().keyId();
  }

  private SigningKey current() {
    SigningKey key = signingKey;
    Instant now = clock.instant();
    if (now.isBefore(key.checkAfter())) {
      return key;
    }
    synchronized (this) {
      key = signingKey;
      if (now.isBefore(key.checkAfter())) {
        return key;
      }
      try {
        String source = source();
        if (source.equals(key.source())) {
          signingKey = new SigningKey(key.key(), key.keyId(), source, now.plus(RELOAD));
        } else {
          signingKey = load(now);
          String switched = signingKey.keyId();
          LOG.info(() -> "The token signing key changed: tokens are now signed with " + switched);
        }
      } catch (RuntimeException e) {
        signingKey = new SigningKey(key.key(), key.keyId(), key.source(), now.plus(RELOAD));
        LOG.warning(
            "The token signing key changed but cannot be read; the previous key still signs: "
                + e.getMessage());
      }
      return signingKey;
    }
  }

  /** What the key is read from now: the PEM itself, or the file's name, size and time. */
  private String source() {
    Optional<String> pem = config.getOptionalValue("healthcode.jwt.signing-key", String.class);
    if (pem.isPresent() && !pem.get().isBlank()) {
      return pem.get();
    }
    return config
        .getOptionalValue("healthcode.jwt.signing-key.location", String.class)
        .filter(location -> !location.isBlank())
        .map(location -> "file " + JwtKeys.fingerprint(location))
        .orElse("");
  }

  private SigningKey load(Instant now) {
    String source = source();
    String pem;
    if (source.startsWith("file ")) {
      String location =
          config.getValue("healthcode.jwt.signing-key.location", String.class).strip();
      try {
        pem = Files.readString(Path.of(location), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the token signing key file", e);
      }
    } else if (!source.isEmpty()) {
      pem = source;
    } else if (runtimeMode.isDevelopment()) {
      pem = readResource(DEVELOPMENT_PRIVATE_KEY);
    } else {
      throw new IllegalStateException(
          "HEALTHCODE_JWT_SIGNING_KEY is not set: production mode has no token signing key");
    }
    PrivateKey key = parsePrivateKey(pem);
    return new SigningKey(
        key, JwtKeys.thumbprint(JwtKeys.publicKeyOf(key)), source, now.plus(RELOAD));
  }

  /**
   * A token for the subject with the given roles, valid for the configured lifetime.
   *
   * @param extraClaims string claims beside the standard ones, e.g. the entry point of a device
   * @throws IllegalArgumentException for the role or the subject of the application's own
   *     background work, which no token may carry (docs/adr/0044)
   */
  public IssuedToken issue(String subject, Set<Role> roles, Map<String, String> extraClaims) {
    if (roles.contains(Role.SYSTEM) || subject.startsWith(SubjectKind.SYSTEM.prefix())) {
      throw new IllegalArgumentException("no token is issued for the system's background work");
    }
    Instant now = clock.instant();
    Instant expiresAt = now.plus(lifetime);
    JsonArrayBuilder groups = Json.createArrayBuilder();
    roles.stream().map(Role::name).sorted().forEach(groups::add);
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("sub", subject)
            .add("upn", subject)
            .add("groups", groups)
            .add("iat", now.getEpochSecond())
            .add("exp", expiresAt.getEpochSecond())
            .add("jti", UUID.randomUUID().toString());
    extraClaims.forEach(claims::add);
    SigningKey key = current();
    String header =
        base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + key.keyId() + "\"}");
    String payload = base64Url(claims.build().toString());
    String signingInput = header + "." + payload;
    return new IssuedToken(signingInput + "." + sign(key.key(), signingInput), expiresAt);
  }

  private static String sign(PrivateKey signingKey, String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(signingKey);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static PrivateKey parsePrivateKey(String pem) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("The token signing key is not an RSA PKCS#8 PEM key", e);
    }
  }

  private static String readResource(String path) {
    try (InputStream in = TokenIssuer.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
