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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;

/**
 * Signs the short-lived bearer tokens every sign-in returns (RS256 JWT, as MicroProfile JWT
 * expects). Liberty verifies them on each request with the matching public key (mp.jwt.verify.*).
 *
 * <p>The signing key comes from {@code healthcode.jwt.signing-key} (PKCS#8 PEM). Without it the
 * development key pair shipped in the platform jar is used, which is refused in production mode.
 */
@ApplicationScoped
public class TokenIssuer {

  static final String DEVELOPMENT_PRIVATE_KEY = "/META-INF/healthcode/dev-jwt-private.pem";

  @Inject
  @ConfigProperty(name = "healthcode.jwt.signing-key")
  Optional<String> signingKeyPem;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "healthcode.jwt.lifetime", defaultValue = "PT15M")
  Duration lifetime;

  @Inject RuntimeMode runtimeMode;

  private final Clock clock = Clock.systemUTC();
  private PrivateKey signingKey;

  @PostConstruct
  void loadKey() {
    String pem;
    if (signingKeyPem.isPresent()) {
      pem = signingKeyPem.get();
    } else if (runtimeMode.isDevelopment()) {
      pem = readResource(DEVELOPMENT_PRIVATE_KEY);
    } else {
      throw new IllegalStateException(
          "HEALTHCODE_JWT_SIGNING_KEY is not set: production mode has no token signing key");
    }
    signingKey = parsePrivateKey(pem);
  }

  /**
   * A token for the subject with the given roles, valid for the configured lifetime.
   *
   * @param extraClaims string claims beside the standard ones, e.g. the entry point of a device
   */
  public IssuedToken issue(String subject, Set<Role> roles, Map<String, String> extraClaims) {
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
    String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String payload = base64Url(claims.build().toString());
    String signingInput = header + "." + payload;
    return new IssuedToken(signingInput + "." + sign(signingInput), expiresAt);
  }

  private String sign(String signingInput) {
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
