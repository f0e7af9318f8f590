package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.ServerConfig;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.platform.security.JwtKeys;
import org.junit.jupiter.api.Test;

/**
 * Keys rotate on the running server without logging anyone out (docs/adr/0028, README "Rotating
 * keys"): the operator changes the configuration (here a configDropins override, as on a node), the
 * node picks it up within seconds.
 */
class KeyRotationIT extends DeployedApplication {

  private static final String SESSION = "{ currentSession { subject } }";
  private static final String ROTATION =
      "{ dataKeyRotation(countFields: true) { state currentKeyId keyIds targetKeyId"
          + " fieldsReencrypted fieldsByKey { keyId fields } } }";

  @Test
  void jwtSigningKey_SwitchedAndTheOldOneRetired_OldTokensWorkUntilTheRetirement()
      throws Exception {
    String oldToken = Staff.adminToken();
    String oldKid = kid(oldToken);
    KeyPair next = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String nextKid = JwtKeys.thumbprint(next.getPublic());
    Path dir = Files.createTempDirectory(Path.of("target"), "jwt-keys-");
    Path verify = Files.createDirectories(dir.resolve("verify"));
    Files.writeString(
        verify.resolve("1-old.pem"), resource("/META-INF/healthcode/dev-jwt-public.pem"));
    Files.writeString(
        verify.resolve("2-new.pem"), pem("PUBLIC KEY", next.getPublic().getEncoded()));
    Path signing = dir.resolve("signing.key");
    Files.writeString(signing, pem("PRIVATE KEY", next.getPrivate().getEncoded()));
    try {
      // add the new public key everywhere, then switch the signing key
      ServerConfig.override(
          "jwt-rotation",
          Map.of(
              "mp.jwt.verify.publickey.location", verify.toAbsolutePath().toString(),
              "healthcode.jwt.signing-key.location", signing.toAbsolutePath().toString()));
      assertThat(ServerConfig.await(30, () -> nextKid.equals(kid(Staff.adminToken())))).isTrue();
      String newToken = Staff.adminToken();

      assertThat(oldKid).isNotEqualTo(nextKid);
      assertThat(subject(oldToken)).isEqualTo("staff:admin");
      assertThat(subject(newToken)).isEqualTo("staff:admin");

      // retire the old key: its tokens stop, the new ones go on
      Files.delete(verify.resolve("1-old.pem"));
      assertThat(ServerConfig.await(30, () -> refused(Api.postGraphql(SESSION, oldToken))))
          .isTrue();
      assertThat(subject(newToken)).isEqualTo("staff:admin");
    } finally {
      ServerConfig.remove("jwt-rotation");
      assertThat(ServerConfig.await(30, () -> oldKid.equals(kid(Staff.adminToken())))).isTrue();
      assertThat(ServerConfig.await(30, () -> !refused(Api.postGraphql(SESSION, oldToken))))
          .isTrue();
    }
  }

  @Test
  void dataKeys_NewKeyThenReencryptionThenOldKeyDropped_EveryPersonStillReads() throws Exception {
    Holder holder = Holders.newHolder();
    String admin = Staff.adminToken();
    String devKeys = resource("/META-INF/healthcode/dev-identity-data-keys.txt").strip();
    String devId = devKeys.substring(0, devKeys.indexOf(':'));
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String fresh = "it-2:" + Base64.getEncoder().encodeToString(key);
    try {
      ServerConfig.override(
          "data-keys", Map.of("healthcode.identity.data-keys", fresh + "," + devKeys));
      assertThat(
              ServerConfig.await(
                  30, () -> "it-2".equals(rotation(admin).getString("currentKeyId"))))
          .isTrue();
      assertThat(fieldsUnder(devId)).isPositive();

      JsonObject started =
          data(
              Api.graphql(
                  "mutation { startDataKeyRotation { state targetKeyId } }", Map.of(), admin),
              "startDataKeyRotation");
      assertThat(started.getString("targetKeyId")).isEqualTo("it-2");
      assertThat(ServerConfig.await(60, () -> "DONE".equals(rotation(admin).getString("state"))))
          .isTrue();

      JsonObject done = rotation(admin);
      assertThat(done.getJsonNumber("fieldsReencrypted").longValue()).isPositive();
      assertThat(done.getJsonArray("fieldsByKey").getValuesAs(JsonObject.class))
          .extracting(usage -> usage.getString("keyId"))
          .containsExactly("it-2");
      assertThat(fieldsUnder(devId)).isZero();

      // the old key dropped: everything still reads
      ServerConfig.override("data-keys", Map.of("healthcode.identity.data-keys", fresh));
      assertThat(
              ServerConfig.await(
                  30, () -> rotation(admin).getJsonArray("keyIds").toString().equals("[\"it-2\"]")))
          .isTrue();
      Response me =
          Api.graphql(
              "{ me { maskedPhone self { id maskedName maskedDocumentNumber } } }",
              Map.of(),
              holder.token());
      assertThat(me.getErrors()).isNullOrEmpty();
      assertThat(data(me, "me").getJsonObject("self").getString("maskedName")).isEqualTo("李*明");
      assertThat(data(me, "me").getString("maskedPhone")).contains("****");
    } finally {
      // back to the development key for the other tests: the same rotation the other way round
      ServerConfig.override(
          "data-keys", Map.of("healthcode.identity.data-keys", devKeys + "," + fresh));
      assertThat(
              ServerConfig.await(30, () -> devId.equals(rotation(admin).getString("currentKeyId"))))
          .isTrue();
      Api.graphql("mutation { startDataKeyRotation { state } }", Map.of(), admin);
      assertThat(ServerConfig.await(60, () -> "DONE".equals(rotation(admin).getString("state"))))
          .isTrue();
      ServerConfig.remove("data-keys");
      assertThat(
              ServerConfig.await(
                  30,
                  () ->
                      rotation(admin)
                          .getJsonArray("keyIds")
                          .toString()
                          .equals("[\"" + devId + "\"]")))
          .isTrue();
    }
  }

  private static JsonObject rotation(String admin) {
    return data(Api.graphql(ROTATION, Map.of(), admin), "dataKeyRotation");
  }

  /** Sealed fields (names, document numbers, phones) under the key id, read from the tables. */
  private static long fieldsUnder(String keyId) throws Exception {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "identity_person:name_encrypted",
                "identity_person:document_number_encrypted",
                "identity_account:phone_encrypted"));
    long total = 0;
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      for (String column : columns) {
        String table = column.substring(0, column.indexOf(':'));
        String name = column.substring(column.indexOf(':') + 1);
        try (ResultSet row =
            statement.executeQuery(
                "SELECT COUNT(*) FROM "
                    + table
                    + " WHERE CAST(SUBSTRING("
                    + name
                    + ", 3, ORD(SUBSTRING("
                    + name
                    + ", 2, 1))) AS CHAR(32) CHARACTER SET ascii) = '"
                    + keyId
                    + "'")) {
          row.next();
          total += row.getLong(1);
        }
      }
    }
    return total;
  }

  private static String subject(String token) {
    Response response = Api.graphql(SESSION, token);
    assertThat(response.getErrors()).isNullOrEmpty();
    return response.getData().getJsonObject("currentSession").getString("subject");
  }

  private static String kid(String token) {
    String header =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    return Json.createReader(new java.io.StringReader(header)).readObject().getString("kid", "");
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = KeyRotationIT.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  /** A refused token: HTTP 200 with UNAUTHENTICATED (ADR 18). */
  private static boolean refused(java.net.http.HttpResponse<String> response) {
    return response.body().contains("\"UNAUTHENTICATED\"");
  }
}
