package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/** DESIGN §5: people without a code pass the original way, with a document and a temperature. */
class ManualPassIT extends DeployedApplication {

  private static final String MANUAL_PASS =
      "mutation($in: ManualPassInput!) { manualPass(input: $in) " + Venues.SCAN_RESULT + " }";

  @Test
  void manualPass_OfARegisteredPersonsDocument_IsJudgedOnTheirColourAndRecordedAsThem()
      throws Exception {
    Device device = Venues.newDevice();
    Holder orange = Holders.withColour("ORANGE");
    String scanId = "pass-" + UUID.randomUUID();

    JsonObject result =
        data(
            pass(device.token(), pass(null, scanId, orange.documentNumber(), "36.5")),
            "manualPass");

    assertThat(result.getString("outcome")).isEqualTo("DENY");
    assertThat(result.getString("colour")).isEqualTo("ORANGE");
    assertThat(result.getString("maskedName")).isEqualTo("李*明");
    CheckInRow row = row(device.entryPoint(), scanId);
    assertThat(row.personId()).isEqualTo(Long.parseLong(orange.personId()));
    assertThat(row.documentHash()).isNull();
    assertThat(row.method()).isEqualTo("MANUAL_PASS");
  }

  @Test
  void manualPass_OfAnUnregisteredDocument_IsReferredAndRecordedByItsKeyedHashOnly()
      throws Exception {
    Device device = Venues.newDevice();
    String number = unregisteredNumber();
    String first = "pass-" + UUID.randomUUID();
    String second = "pass-" + UUID.randomUUID();

    JsonObject result = data(pass(device.token(), pass(null, first, number, "36.5")), "manualPass");
    data(pass(device.token(), pass(null, second, number, "36.7")), "manualPass");

    assertThat(result.getString("outcome")).isEqualTo("REFER");
    assertThat(result.getString("reason")).isEqualTo("NO_CODE");
    assertThat(result.isNull("maskedName")).isTrue();
    CheckInRow row = row(device.entryPoint(), first);
    assertThat(row.personId()).isNull();
    assertThat(row.documentHash()).hasSize(32);
    assertThat(row.text()).doesNotContain(number);
    // the same document gives the same hash: the visit can still be traced
    assertThat(row(device.entryPoint(), second).documentHash()).isEqualTo(row.documentHash());
  }

  @Test
  void manualPass_ByAnOperatorAtTheirEntryPoint_IsRecordedAndAudited() throws Exception {
    Device device = Venues.newDevice();
    Holder green = Holders.withColour("GREEN");

    JsonObject result =
        data(
            pass(
                device.operator(),
                pass(
                    device.entryPoint(),
                    "pass-" + UUID.randomUUID(),
                    green.documentNumber(),
                    "36.4")),
            "manualPass");

    assertThat(result.getString("outcome")).isEqualTo("ADMIT");
    List<JsonObject> audit =
        data(
                Api.graphql(
                    "query($i: String) { auditLog(first: 100, subjectType: \"ENTRY_POINT\","
                        + " subjectId: $i) { edges { node { action reason } } } }",
                    Map.of("i", device.entryPoint()),
                    TestTokens.valid("staff:auditor", List.of("AUDITOR"))),
                "auditLog")
            .getJsonArray("edges")
            .getValuesAs(JsonObject.class);
    assertThat(audit)
        .extracting(edge -> edge.getJsonObject("node").getString("action"))
        .contains("MANUAL_PASS");
  }

  @Test
  void manualPass_AtAnEntryPointThatIsNotTheCallers_IsRefused() {
    Device device = Venues.newDevice();
    Device elsewhere = Venues.newDevice();
    String number = unregisteredNumber();

    Response deviceElsewhere =
        pass(
            device.token(),
            pass(elsewhere.entryPoint(), "pass-" + UUID.randomUUID(), number, "36.5"));
    Response operatorElsewhere =
        pass(
            device.operator(),
            pass(elsewhere.entryPoint(), "pass-" + UUID.randomUUID(), number, "36.5"));
    Response operatorWithoutEntryPoint =
        pass(device.operator(), pass(null, "pass-" + UUID.randomUUID(), number, "36.5"));

    assertThat(Staff.codes(deviceElsewhere)).containsExactly("FORBIDDEN");
    assertThat(Staff.codes(operatorElsewhere)).containsExactly("NOT_FOUND");
    assertThat(Staff.codes(operatorWithoutEntryPoint)).containsExactly("BAD_INPUT");
  }

  @Test
  void manualPass_WithAMistypedDocumentNumber_IsRefusedAsInvalidDocument() throws Exception {
    Device device = Venues.newDevice();
    String number = unregisteredNumber();
    char check = number.charAt(17);
    String mistyped = number.substring(0, 17) + (check == '1' ? '2' : '1');
    String scanId = "pass-" + UUID.randomUUID();

    assertThat(Staff.codes(pass(device.token(), pass(null, scanId, mistyped, "36.5"))))
        .containsExactly("INVALID_DOCUMENT");
    assertThat(Venues.checkIns(device.entryPoint(), scanId)).isZero();
  }

  private static Map<String, Object> pass(
      String entryPoint, String scanId, String documentNumber, String temperature) {
    Map<String, Object> input = new HashMap<>();
    if (entryPoint != null) {
      input.put("entryPointId", entryPoint);
    }
    input.put("scanId", scanId);
    input.put("documentType", "RESIDENT_ID_CARD");
    input.put("documentNumber", documentNumber);
    input.put("temperature", new BigDecimal(temperature));
    return input;
  }

  private static Response pass(String token, Map<String, Object> input) {
    return Api.graphql(MANUAL_PASS, Map.of("in", input), token);
  }

  /** A valid resident ID number nobody registered. */
  private static String unregisteredNumber() {
    return (String) Citizens.residentPerson("无名").get("documentNumber");
  }

  private record CheckInRow(Long personId, byte[] documentHash, String method, String text) {}

  private static CheckInRow row(String entryPoint, String scanId) throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT person_id, document_hash, method, CONCAT_WS('|', scan_id, outcome,"
                    + " reason, colour, message) FROM venue_check_in"
                    + " WHERE entry_point_id = ? AND scan_id = ?")) {
      select.setLong(1, Long.parseLong(entryPoint));
      select.setString(2, scanId);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).as("check-in " + scanId).isTrue();
        long person = rows.getLong(1);
        return new CheckInRow(
            rows.wasNull() ? null : person, rows.getBytes(2), rows.getString(3), rows.getString(4));
      }
    }
  }
}
