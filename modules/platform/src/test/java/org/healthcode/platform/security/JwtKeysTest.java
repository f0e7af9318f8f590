package org.healthcode.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

  /** RFC 7638, section 3.1: the example key and its thumbprint. */
  private static final String RFC_JWKS =
      "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"2011-04-29\",\"e\":\"AQAB\",\"n\":\""
          + "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_B"
          + "JECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
          + "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhA"
          + "I4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\"}]}";

  @Test
  void thumbprint_OfTheRfc7638Example_IsTheRfcsValue() {
    JwtKeys keys = JwtKeys.parse(RFC_JWKS);

    PublicKey key = keys.byId("2011-04-29");
    assertThat(JwtKeys.thumbprint(key)).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    assertThat(keys.byId("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")).isEqualTo(key);
    assertThat(keys.all()).hasSize(1);
  }

  @Test
  void publicKeyOf_TheDevelopmentPrivateKey_HasTheDevelopmentPublicKeysThumbprint() {
    PublicKey derived =
        JwtKeys.publicKeyOf(TokenIssuer.parsePrivateKey(resource("dev-jwt-private.pem")));

    assertThat(JwtKeys.thumbprint(derived))
        .isEqualTo(JwtKeys.thumbprint(BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"))));
  }

  @Test
  void read_ADirectoryOfPemAndJwksFiles_HoldsEveryKey(@TempDir Path dir) throws Exception {
    KeyPair fresh = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    Files.writeString(dir.resolve("a-old.pem"), resource("dev-jwt-public.pem"));
    Files.writeString(dir.resolve("b-new.pem"), pem(fresh.getPublic()));
    Files.writeString(dir.resolve("c.jwks"), RFC_JWKS);
    Files.writeString(dir.resolve("notes.txt"), "not a key");

    JwtKeys keys = JwtKeys.read(dir.toString());

    assertThat(keys.all()).hasSize(3);
    assertThat(keys.byId(JwtKeys.thumbprint(fresh.getPublic()))).isEqualTo(fresh.getPublic());
    String before = JwtKeys.fingerprint(dir.toString());
    Files.delete(dir.resolve("a-old.pem"));
    assertThat(JwtKeys.fingerprint(dir.toString())).isNotEqualTo(before);
    assertThat(JwtKeys.read(dir.toString()).all()).hasSize(2);
  }

  @Test
  void parse_SeveralPemBlocksInOneValue_HoldsEach() throws Exception {
    KeyPair fresh = KeyPairGenerator.getInstance("RSA").generateKeyPair();

    JwtKeys keys = JwtKeys.parse(pem(fresh.getPublic()) + "\n" + resource("dev-jwt-public.pem"));

    assertThat(keys.all()).hasSize(2);
  }

  @Test
  void parse_APemBodyWithoutArmour_HoldsTheKey() throws Exception {
    KeyPair fresh = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String body = Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded());

    JwtKeys keys = JwtKeys.parse(body);

    assertThat(keys.byId(JwtKeys.thumbprint(fresh.getPublic()))).isEqualTo(fresh.getPublic());
  }

  @Test
  void parse_Garbage_IsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> JwtKeys.parse("secret-looking-garbage"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("secret-looking-garbage");
  }

  @Test
  void unsigned_DropsTheSignByte() {
    RSAPublicKey key = (RSAPublicKey) BearerTokens.parsePublicKey(resource("dev-jwt-public.pem"));
    byte[] modulus = Base64.getUrlDecoder().decode(JwtKeys.unsigned(key.getModulus()));
    assertThat(modulus).hasSize(key.getModulus().bitLength() / 8);
  }

  static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static String resource(String name) {
    try (InputStream in = JwtKeysTest.class.getResourceAsStream("/META-INF/healthcode/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
