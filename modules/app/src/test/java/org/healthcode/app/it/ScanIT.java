package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/** DESIGN §5: a device scans health codes at its entry point; each scan id is answered once. */
class ScanIT extends DeployedApplication {

  private static final String SCAN =
      "mutation($in: ScanInput!) { scan(input: $in)"
          + " { outcome reason colour maskedName temperature fever message } }";

  @Test
  void scan_OfACodeWithoutColour_IsReferredRecordedOnceAndAnsweredTheSameOnRetry()
      throws Exception {
    Device device = newDevice();
    String code = paperCode();
    String scanId = "scan-" + UUID.randomUUID();

    JsonObject first = data(scan(device, scanId, code, "36.6"), "scan");
    JsonObject retried = data(scan(device, scanId, code, "36.60"), "scan");

    assertThat(first.getString("outcome")).isEqualTo("REFER");
    assertThat(first.getString("reason")).isEqualTo("NO_CODE");
    assertThat(first.isNull("colour")).isTrue();
    assertThat(first.getString("maskedName")).isNotBlank();
    assertThat(retried).isEqualTo(first);
    assertThat(checkIns(device.entryPoint(), scanId)).isEqualTo(1);
  }

  @Test
  void scan_WhenTheScanIdIsReusedForAnotherTemperature_IsRefused() {
    Device device = newDevice();
    String code = paperCode();
    String scanId = "scan-" + UUID.randomUUID();
    data(scan(device, scanId, code, "36.6"), "scan");

    assertThat(Staff.codes(scan(device, scanId, code, "36.9"))).containsExactly("SCAN_ID_REUSED");
  }

  @Test
  void scan_WithAFever_IsReferredToMedicalCare() {
    Device device = newDevice();

    JsonObject result =
        data(scan(device, "scan-" + UUID.randomUUID(), paperCode(), "38.2"), "scan");

    assertThat(result.getString("outcome")).isEqualTo("REFER");
    assertThat(result.getString("reason")).isEqualTo("FEVER");
    assertThat(result.getBoolean("fever")).isTrue();
  }

  @Test
  void scan_AfterTheDeviceCredentialIsRevoked_IsRefusedAsDeviceRevoked() {
    Device device = newDevice();
    Response revoked =
        Api.graphql(
            "mutation($ep: ID!, $id: ID!) { revokeDeviceCredential(entryPointId: $ep,"
                + " credentialId: $id) }",
            Map.of("ep", device.entryPoint(), "id", device.credentialId()),
            device.operator());
    assertThat(revoked.getErrors()).isNullOrEmpty();

    assertThat(Staff.codes(scan(device, "scan-" + UUID.randomUUID(), paperCode(), "36.5")))
        .containsExactly("DEVICE_REVOKED");
  }

  @Test
  void scan_WithAForgedCode_IsRefusedAsTokenInvalid() {
    Device device = newDevice();

    assertThat(Staff.codes(scan(device, "scan-" + UUID.randomUUID(), "not-a-code", "36.5")))
        .containsExactly("TOKEN_INVALID");
  }

  private record Device(String operator, String entryPoint, String credentialId, String token) {}

  /** A supermarket with one entry point and a signed-in device there. */
  private static Device newDevice() {
    String operator =
        TestTokens.valid("staff:operator-" + UUID.randomUUID(), List.of("VENUE_OPERATOR"));
    String venue =
        data(
                Api.graphql(
                    "mutation { registerVenue(input: {name: \"Scan market\", category: SUPERMARKET,"
                        + " district: HEXI, address: \"2 Youyi Road\"}) { id } }",
                    operator),
                "registerVenue")
            .getString("id");
    String entryPoint =
        data(
                Api.graphql(
                    "mutation($v: ID!) { addEntryPoint(venueId: $v, label: \"Gate\") { id } }",
                    Map.of("v", venue),
                    operator),
                "addEntryPoint")
            .getString("id");
    JsonObject issued =
        data(
            Api.graphql(
                "mutation($ep: ID!) { issueDeviceCredential(entryPointId: $ep)"
                    + " { credentialId secret } }",
                Map.of("ep", entryPoint),
                operator),
            "issueDeviceCredential");
    String token =
        data(
                Api.graphql(
                    "mutation($id: String!, $secret: String!) {"
                        + " deviceSignIn(credentialId: $id, secret: $secret) { token } }",
                    Map.of(
                        "id",
                        issued.getString("credentialId"),
                        "secret",
                        issued.getString("secret")),
                    null),
                "deviceSignIn")
            .getString("token");
    return new Device(operator, entryPoint, issued.getString("credentialId"), token);
  }

  /** The paper code of a newly registered person who has not declared yet (no colour). */
  private static String paperCode() {
    String citizen = Citizens.signIn(Citizens.newPhone());
    String self =
        data(Citizens.registerSelf(citizen, Citizens.residentPerson("王小明")), "registerSelf")
            .getString("id");
    return data(
            Api.graphql(
                "mutation($id: ID!) { printPaperCode(personId: $id) { token } }",
                Map.of("id", self),
                citizen),
            "printPaperCode")
        .getString("token");
  }

  private static Response scan(Device device, String scanId, String code, String temperature) {
    return Api.graphql(
        SCAN,
        Map.of(
            "in",
            Map.of(
                "scanId", scanId, "codeToken", code, "temperature", new BigDecimal(temperature))),
        device.token());
  }

  private static int checkIns(String entryPoint, String scanId) throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ?")) {
      statement.setLong(1, Long.parseLong(entryPoint));
      statement.setString(2, scanId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
