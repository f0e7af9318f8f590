package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Jwt;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2, §5: an entry-point device signs in with its credential. No GraphQL operation issues
 * credentials yet (the venue module will), so each test stores one the way the server does: the
 * secret as the hex SHA-256 of its text.
 */
class DeviceSignInIT extends DeployedApplication {

  private static final String SIGN_IN =
      "mutation($id: String!, $secret: String!) {"
          + " deviceSignIn(credentialId: $id, secret: $secret) { token expiresAt entryPointId } }";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void deviceSignIn_WhenActiveCredential_GivesAScannerTokenForItsEntryPoint() throws Exception {
    String entryPoint = "gate-" + UUID.randomUUID();
    Credential credential = store(entryPoint, false);

    Response response = signIn(credential.id(), credential.secret());

    assertThat(response.getErrors()).isNullOrEmpty();
    JsonObject result = response.getData().getJsonObject("deviceSignIn");
    assertThat(result.getString("entryPointId")).isEqualTo(entryPoint);
    JsonObject claims = Jwt.payload(result.getString("token"));
    assertThat(claims.getString("sub")).isEqualTo("device:" + credential.id());
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("SCANNER");
    assertThat(claims.getJsonArray("groups")).hasSize(1);
    assertThat(claims.getString("entryPoint")).isEqualTo(entryPoint);
  }

  @Test
  void deviceSignIn_WhenRevoked_IsRefusedAsInvalidCredentials() throws Exception {
    Credential credential = store("gate-" + UUID.randomUUID(), true);

    assertThat(Staff.codes(signIn(credential.id(), credential.secret())))
        .containsExactly("INVALID_CREDENTIALS");
  }

  @Test
  void deviceSignIn_WhenWrongSecretOrUnknownId_IsRefusedAsInvalidCredentials() throws Exception {
    Credential credential = store("gate-" + UUID.randomUUID(), false);

    assertThat(Staff.codes(signIn(credential.id(), newSecret())))
        .containsExactly("INVALID_CREDENTIALS");
    assertThat(Staff.codes(signIn(UUID.randomUUID().toString(), credential.secret())))
        .containsExactly("INVALID_CREDENTIALS");
  }

  private static Response signIn(String id, String secret) {
    return Api.graphql(SIGN_IN, Map.of("id", id, "secret", secret), null);
  }

  private record Credential(String id, String secret) {}

  private static Credential store(String entryPoint, boolean revoked)
      throws SQLException, NoSuchAlgorithmException {
    Credential credential = new Credential(UUID.randomUUID().toString(), newSecret());
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(credential.secret().getBytes(StandardCharsets.UTF_8)));
    try (Connection connection = TestDatabase.connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO identity_device_credential"
                    + " (id, entry_point_id, secret_hash, issued_at, revoked_at)"
                    + " VALUES (?, ?, ?, NOW(3), "
                    + (revoked ? "NOW(3)" : "NULL")
                    + ")")) {
      insert.setString(1, credential.id());
      insert.setString(2, entryPoint);
      insert.setString(3, hash);
      insert.executeUpdate();
    }
    return credential;
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
