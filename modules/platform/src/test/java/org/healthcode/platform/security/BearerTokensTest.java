package org.healthcode.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
  private static final long NOW_S = NOW.getEpochSecond();
  private static final PrivateKey KEY =
      TokenIssuer.parsePrivateKey(resource("dev-jwt-private.pem"));

  private final BearerTokens tokens =
      new BearerTokens(
          Optional.of(BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"))),
          "health-code",
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void verify_AValidToken_IsItsSubjectWithItsKnownRoles() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"SCANNER\",\"OTHER\"]"));

    assertThat(tokens.verify("Bearer " + token))
        .contains(new Caller("device:7", Set.of(Role.SCANNER)));
    assertThat(tokens.verify("bearer " + token)).isPresent(); // the scheme is case-insensitive
  }

  @Test
  void verify_ATokenClaimingTheSystemRole_CarriesOnlyItsOtherRoles() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"SYSTEM\",\"SCANNER\"]"));

    assertThat(tokens.verify("Bearer " + token))
        .contains(new Caller("device:7", Set.of(Role.SCANNER)));
  }

  @Test
  void verify_ATokenWhoseSubjectIsASystemJob_IsRefused() {
    String claims =
        claims("health-code", NOW_S + 600, "[\"SYSTEM\"]")
            .replace("\"device:7\"", "\"system:contact-tracing\"");

    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, claims))).isEmpty();
  }

  @Test
  void verify_WithTwoKeys_AcceptsTokensOfEitherByKeyIdAndWithoutOne() throws Exception {
    KeyPair next = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    PublicKey old = BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"));
    BearerTokens both =
        new BearerTokens(
            JwtKeys.of(List.of(next.getPublic(), old)),
            "health-code",
            Clock.fixed(NOW, ZoneOffset.UTC));
    String claims = claims("health-code", NOW_S + 600, "[\"SCANNER\"]");

    assertThat(both.verify("Bearer " + sign(KEY, withKid(old), claims))).isPresent();
    assertThat(both.verify("Bearer " + sign(next.getPrivate(), withKid(next.getPublic()), claims)))
        .isPresent();
    assertThat(both.verify("Bearer " + sign(next.getPrivate(), RS256, claims))).isPresent();
    assertThat(both.verify("Bearer " + sign(KEY, RS256, claims))).isPresent();
  }

  @Test
  void verify_ATokenWhoseKeyIdNamesAnotherKey_IsRefused() throws Exception {
    KeyPair next = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    PublicKey old = BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"));
    String claims = claims("health-code", NOW_S + 600, "[\"SCANNER\"]");

    // signed by the old key but naming the new one: checked with the new key only
    assertThat(tokens.verify("Bearer " + sign(KEY, withKid(next.getPublic()), claims))).isEmpty();
    // the old key retired: its tokens are refused, with or without a key id
    BearerTokens retired =
        new BearerTokens(
            JwtKeys.of(List.of(next.getPublic())), "health-code", Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(retired.verify("Bearer " + sign(KEY, withKid(old), claims))).isEmpty();
    assertThat(retired.verify("Bearer " + sign(KEY, RS256, claims))).isEmpty();
    assertThat(tokens.verify("Bearer " + sign(KEY, "{\"alg\":\"RS256\",\"kid\":7}", claims)))
        .isEmpty();
  }

  private static String withKid(PublicKey key) {
    return "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + JwtKeys.thumbprint(key) + "\"}";
  }

  @Test
  void verify_AgainFromTheKeptTokens_AnswersTheSameUntilItExpires() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"SCANNER\"]"));
    assertThat(tokens.verify("Bearer " + token)).isPresent();

    BearerTokens later =
        new BearerTokens(
            Optional.of(BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"))),
            "health-code",
            Clock.fixed(NOW.plusSeconds(600 + BearerTokens.CLOCK_SKEW_SECONDS), ZoneOffset.UTC));
    assertThat(later.verify("Bearer " + token)).isEmpty();
  }

  @Test
  void verify_AKeptTokenOfARevokedSubject_IsRefusedFromTheNextRequest() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"SCANNER\"]"));
    java.util.concurrent.atomic.AtomicLong revokedAt =
        new java.util.concurrent.atomic.AtomicLong(-1);
    tokens.checkingRevocations(
        (subject, issuedAt) -> subject.equals("device:7") && issuedAt <= revokedAt.get());
    assertThat(tokens.verify("Bearer " + token)).isPresent();

    revokedAt.set(NOW_S);

    assertThat(tokens.verify("Bearer " + token)).isEmpty();
  }

  @Test
  void verify_ATokenIssuedAfterTheRevocation_IsAccepted() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"SCANNER\"]"));
    tokens.checkingRevocations((subject, issuedAt) -> issuedAt <= NOW_S - 11);

    assertThat(tokens.verify("Bearer " + token)).isPresent();
  }

  @Test
  void verify_AnExpiredToken_IsRefusedOnceTheSkewIsOver() {
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, claims("health-code", NOW_S - 30, "[]"))))
        .isPresent();
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, claims("health-code", NOW_S - 61, "[]"))))
        .isEmpty();
  }

  @Test
  void verify_ATamperedPayload_IsRefused() {
    String token = sign(KEY, RS256, claims("health-code", NOW_S + 600, "[\"CITIZEN\"]"));
    String[] parts = token.split("\\.");
    String forged =
        parts[0] + "." + base64(claims("health-code", NOW_S + 600, "[\"ADMIN\"]")) + "." + parts[2];

    assertThat(tokens.verify("Bearer " + forged)).isEmpty();
  }

  @Test
  void verify_ATokenSignedByAnotherKey_IsRefused() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey stranger = generator.generateKeyPair().getPrivate();

    assertThat(
            tokens.verify(
                "Bearer " + sign(stranger, RS256, claims("health-code", NOW_S + 600, "[]"))))
        .isEmpty();
  }

  @Test
  void verify_AnotherAlgorithmOrNone_IsRefusedWhateverTheSignature() {
    String claims = claims("health-code", NOW_S + 600, "[\"ADMIN\"]");
    String none = base64("{\"alg\":\"none\"}") + "." + base64(claims) + ".";
    String hs256 = sign(KEY, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims);

    assertThat(tokens.verify("Bearer " + none)).isEmpty();
    assertThat(tokens.verify("Bearer " + hs256)).isEmpty();
  }

  @Test
  void verify_AnotherIssuerOrNoSubject_IsRefused() {
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, claims("evil", NOW_S + 600, "[]"))))
        .isEmpty();
    String noSubject =
        "{\"iss\":\"health-code\",\"exp\":" + (NOW_S + 600) + ",\"groups\":[\"ADMIN\"]}";
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, noSubject))).isEmpty();
  }

  @Test
  void verify_ATokenIssuedInTheFuture_IsRefused() {
    String future =
        "{\"iss\":\"health-code\",\"sub\":\"staff:x\",\"iat\":"
            + (NOW_S + 3600)
            + ",\"exp\":"
            + (NOW_S + 4200)
            + "}";
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, future))).isEmpty();
  }

  @Test
  void verify_MalformedHeaders_AreRefusedWithoutAnException() {
    assertThat(tokens.verify(null)).isEmpty();
    assertThat(tokens.verify("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(tokens.verify("Bearer not-a-jwt")).isEmpty();
    assertThat(tokens.verify("Bearer a.b.c.d")).isEmpty();
    assertThat(tokens.verify("Bearer %%%.%%%.%%%")).isEmpty();
    assertThat(tokens.verify("Bearer " + base64("[1]") + "." + base64("{}") + ".x")).isEmpty();
    String wrongTypes = "{\"iss\":\"health-code\",\"sub\":7,\"exp\":\"soon\"}";
    assertThat(tokens.verify("Bearer " + sign(KEY, RS256, wrongTypes))).isEmpty();
    assertThat(tokens.verify("Bearer " + "x".repeat(BearerTokens.MAX_TOKEN_CHARS))).isEmpty();
  }

  @Test
  void verify_WithoutAConfiguredKey_RefusesEveryToken() {
    BearerTokens keyless =
        new BearerTokens(Optional.empty(), "health-code", Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(
            keyless.verify("Bearer " + sign(KEY, RS256, claims("health-code", NOW_S + 600, "[]"))))
        .isEmpty();
  }

  private static final String RS256 = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

  private static String claims(String issuer, long expiresAt, String groups) {
    return "{\"iss\":\""
        + issuer
        + "\",\"sub\":\"device:7\",\"groups\":"
        + groups
        + ",\"iat\":"
        + (NOW_S - 10)
        + ",\"exp\":"
        + expiresAt
        + "}";
  }

  private static String sign(PrivateKey key, String header, String claims) {
    String signingInput = base64(header) + "." + base64(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in =
        BearerTokensTest.class.getResourceAsStream("/META-INF/healthcode/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
