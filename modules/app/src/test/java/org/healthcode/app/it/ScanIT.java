package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Venues.checkIns;
import static org.healthcode.app.it.support.Venues.scan;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.SignedCodes;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/** DESIGN §5: a device scans health codes at its entry point; each scan id is answered once. */
class ScanIT extends DeployedApplication {

  @Test
  void scan_OfACodeWithoutColour_IsReferredRecordedOnceAndAnsweredTheSameOnRetry()
      throws Exception {
    Device device = Venues.newDevice();
    String code = Holders.paperCodeOfANewPerson();
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
  void scan_OfGreenOrangeAndRedCodes_AdmitsGreenAndDeniesTheOthersWithTheCurrentColour()
      throws Exception {
    Device device = Venues.newDevice();

    JsonObject green = Venues.scan(device, Holders.appCode(Holders.withColour("GREEN")), "36.6");
    JsonObject orange = Venues.scan(device, Holders.appCode(Holders.withColour("ORANGE")), "36.6");
    JsonObject red = Venues.scan(device, Holders.appCode(Holders.withColour("RED")), "36.6");

    assertThat(List.of(green, orange, red))
        .extracting(
            r -> r.getString("outcome"), r -> r.getString("reason"), r -> r.getString("colour"))
        .containsExactly(
            tuple("ADMIT", "GREEN_NORMAL_TEMPERATURE", "GREEN"),
            tuple("DENY", "ORANGE_HOME_OBSERVATION", "ORANGE"),
            tuple("DENY", "RED_STRICT_CONTROL", "RED"));
    assertThat(green.getString("maskedName")).isEqualTo("李*明");
  }

  @Test
  void scan_TheSameScanIdConcurrently_IsRecordedOnceAndEveryoneGetsTheSameAnswer()
      throws Exception {
    Device device = Venues.newDevice();
    String code = Holders.appCode(Holders.withColour("GREEN"));
    String scanId = "scan-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<JsonObject>> retries =
          IntStream.range(0, 8)
              .<Callable<JsonObject>>mapToObj(
                  i -> () -> data(scan(device, scanId, code, "36.6"), "scan"))
              .toList();
      List<JsonObject> answers = pool.invokeAll(retries).stream().map(ScanIT::get).toList();

      assertThat(answers).hasSize(8).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
      assertThat(answers.get(0).getString("outcome")).isEqualTo("ADMIT");
    } finally {
      pool.shutdownNow();
    }
    assertThat(checkIns(device.entryPoint(), scanId)).isEqualTo(1);
  }

  @Test
  void scan_ManyAtOnceAtTwoGatesOfAVenue_RecordsAndCountsEachScanOnceAcrossBatches()
      throws Exception {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, "SHOPPING_MALL", "HEPING");
    List<Device> gates =
        List.of(
            Venues.deviceAt(operator, venue, Venues.addEntryPoint(operator, venue, "East")),
            Venues.deviceAt(operator, venue, Venues.addEntryPoint(operator, venue, "West")));
    List<String> codes =
        IntStream.range(0, 10).mapToObj(i -> Holders.paperCodeOfANewPerson()).toList();
    // 20 distinct scans (10 persons at each gate), each sent twice, all at once
    List<Callable<JsonObject>> requests = new java.util.ArrayList<>();
    for (Device gate : gates) {
      for (String code : codes) {
        String scanId = "scan-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
          requests.add(() -> data(scan(gate, scanId, code, "36.6"), "scan"));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<JsonObject> answers = pool.invokeAll(requests).stream().map(ScanIT::get).toList();

      assertThat(answers)
          .hasSize(40)
          .allSatisfy(a -> assertThat(a.getString("reason")).isEqualTo("NO_CODE"));
    } finally {
      pool.shutdownNow();
    }
    String ofTheVenue =
        " WHERE entry_point_id IN (SELECT id FROM venue_entry_point WHERE venue_id = ?)";
    assertThat(
            Venues.queryLong(
                "SELECT COUNT(*) FROM venue_check_in" + ofTheVenue, Long.parseLong(venue)))
        .isEqualTo(20);
    assertThat(
            Venues.queryLong(
                "SELECT SUM(scans) + SUM(referrals) FROM venue_scan_hour WHERE venue_id = ?",
                Long.parseLong(venue)))
        .isEqualTo(40); // 20 scans, all 20 referrals
  }

  @Test
  void scan_WhenTheScanIdIsReusedForAnotherTemperature_IsRefused() {
    Device device = Venues.newDevice();
    String code = Holders.paperCodeOfANewPerson();
    String scanId = "scan-" + UUID.randomUUID();
    data(scan(device, scanId, code, "36.6"), "scan");

    assertThat(Staff.codes(scan(device, scanId, code, "36.9"))).containsExactly("SCAN_ID_REUSED");
  }

  @Test
  void scan_WithoutAThermometer_AdmitsGreenSubjectToMeasurementAndDeniesOrange() throws Exception {
    Device device = Venues.newDevice();
    String greenCode = Holders.appCode(Holders.withColour("GREEN"));
    String scanId = "scan-" + UUID.randomUUID();

    JsonObject green = data(scan(device, scanId, greenCode, null), "scan");
    JsonObject retried = data(scan(device, scanId, greenCode, null), "scan");
    JsonObject orange =
        Venues.scan(device, Holders.appCode(Holders.withColour("ORANGE")), (String) null);

    assertThat(green.getString("outcome")).isEqualTo("ADMIT");
    assertThat(green.getString("reason")).isEqualTo("GREEN_TEMPERATURE_NOT_MEASURED");
    assertThat(green.isNull("temperature")).isTrue();
    assertThat(green.getBoolean("fever")).isFalse();
    assertThat(retried).isEqualTo(green);
    assertThat(List.of(orange.getString("outcome"), orange.getString("reason")))
        .containsExactly("DENY", "ORANGE_HOME_OBSERVATION");
    assertThat(Staff.codes(scan(device, scanId, greenCode, "36.6")))
        .containsExactly("SCAN_ID_REUSED");
  }

  @Test
  void scan_WithAFever_IsReferredToMedicalCare() {
    Device device = Venues.newDevice();

    JsonObject result = Venues.scan(device, Holders.paperCodeOfANewPerson(), "38.2");

    assertThat(result.getString("outcome")).isEqualTo("REFER");
    assertThat(result.getString("reason")).isEqualTo("FEVER");
    assertThat(result.getBoolean("fever")).isTrue();
  }

  @Test
  void scan_AfterTheDeviceCredentialIsRevoked_IsRefusedAsDeviceRevoked() {
    Device device = Venues.newDevice();
    Response revoked =
        Api.graphql(
            "mutation($ep: ID!, $id: ID!) { revokeDeviceCredential(entryPointId: $ep,"
                + " credentialId: $id) }",
            Map.of("ep", device.entryPoint(), "id", device.credentialId()),
            device.operator());
    assertThat(revoked.getErrors()).isNullOrEmpty();

    assertThat(
            Staff.codes(
                scan(device, "scan-" + UUID.randomUUID(), Holders.paperCodeOfANewPerson(), "36.5")))
        .containsExactly("DEVICE_REVOKED");
  }

  @Test
  void scan_WithAForgedCode_IsRefusedAsTokenInvalid() {
    Device device = Venues.newDevice();

    assertThat(Staff.codes(scan(device, "scan-" + UUID.randomUUID(), "not-a-code", "36.5")))
        .containsExactly("TOKEN_INVALID");
  }

  @Test
  void scan_OfAGenuineCodeReplayedAfterItsExpiry_IsRefusedAsTokenExpiredAndNotRecorded()
      throws Exception {
    Device device = Venues.newDevice();
    String replayed = SignedCodes.issuedAgo(Holders.appCode(Holders.withColour("GREEN")), 600);
    String scanId = "scan-" + UUID.randomUUID();

    assertThat(Staff.codes(scan(device, scanId, replayed, "36.5")))
        .containsExactly("TOKEN_EXPIRED");
    assertThat(checkIns(device.entryPoint(), scanId)).isZero();
  }

  @Test
  void scan_WithAnExpiredOrForeignDeviceToken_IsUnauthenticated() {
    String code = Holders.paperCodeOfANewPerson();
    String subject = "device:" + Venues.newDevice().credentialId();

    for (String token :
        List.of(
            TestTokens.expired(subject, List.of("SCANNER")),
            TestTokens.signedByAStranger(subject, List.of("SCANNER")))) {
      HttpResponse<String> response =
          Api.postGraphql(
              "mutation { scan(input: {scanId: \"scan-"
                  + UUID.randomUUID()
                  + "\", codeToken: \""
                  + code
                  + "\", temperature: 36.5}) { outcome } }",
              token);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("UNAUTHENTICATED");
    }
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
