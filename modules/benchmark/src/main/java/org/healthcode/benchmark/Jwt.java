package org.healthcode.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens as the server's TokenIssuer makes them (RS256, issuer health-code), signed with the
 * development key a development-mode server trusts: for citizens and the analyst, whose sign-in
 * (SMS code, PBKDF2 password) is not what this benchmark measures.
 */
final class Jwt {

  private static final PrivateKey KEY = key();

  private Jwt() {}

  static String sign(String subject, List<String> roles, Map<String, String> claims, int seconds) {
    long now = Instant.now().getEpochSecond();
    StringBuilder json =
        new StringBuilder("{\"iss\":\"health-code\",\"sub\":\"")
            .append(subject)
            .append("\",\"upn\":\"")
            .append(subject)
            .append("\",\"groups\":[");
    for (int i = 0; i < roles.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(roles.get(i)).append('"');
    }
    json.append("],\"iat\":").append(now).append(",\"exp\":").append(now + seconds);
    json.append(",\"jti\":\"").append(UUID.randomUUID()).append('"');
    claims.forEach((k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
    json.append('}');
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        base64.encodeToString(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + base64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(KEY);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + base64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey key() {
    String body =
        DevelopmentKeys.jwtPrivateKey().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
