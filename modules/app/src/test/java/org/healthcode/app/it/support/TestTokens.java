package org.healthcode.app.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens made by the test itself, for the security tests: signed with the development key
 * the test server trusts, or with a stranger's key, valid or expired.
 */
public final class TestTokens {

  private static final String DEVELOPMENT_KEY = "/META-INF/healthcode/dev-jwt-private.pem";

  private TestTokens() {}

  /** A token the server accepts: development key, issuer health-code, valid for ten minutes. */
  public static String valid(String subject, List<String> roles) {
    Instant now = Instant.now();
    return sign(developmentKey(), "health-code", subject, roles, now, now.plusSeconds(600));
  }

  public static String expired(String subject, List<String> roles) {
    Instant past = Instant.now().minusSeconds(3600);
    return sign(developmentKey(), "health-code", subject, roles, past, past.plusSeconds(600));
  }

  public static String signedByAStranger(String subject, List<String> roles) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      Instant now = Instant.now();
      return sign(
          generator.generateKeyPair().getPrivate(),
          "health-code",
          subject,
          roles,
          now,
          now.plusSeconds(600));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same token with one character of its payload changed (signature no longer matches). */
  public static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"CITIZEN\"", "\"ADMIN\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  private static String sign(
      PrivateKey key,
      String issuer,
      String subject,
      List<String> roles,
      Instant issuedAt,
      Instant expiresAt) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    roles.forEach(groups::add);
    String claims =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("sub", subject)
            .add("upn", subject)
            .add("groups", groups)
            .add("iat", issuedAt.getEpochSecond())
            .add("exp", expiresAt.getEpochSecond())
            .add("jti", UUID.randomUUID().toString())
            .build()
            .toString();
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        base64.encodeToString(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + base64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey developmentKey() {
    try (InputStream in = TestTokens.class.getResourceAsStream(DEVELOPMENT_KEY)) {
      String body =
          new String(in.readAllBytes(), StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
