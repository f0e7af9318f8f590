package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, docs/adr/0033: a gate uploads the scans it decided offline, signed with its own key;
 * each is recorded once under its scan id, at the device's time corrected for its clock's skew, and
 * contact tracing sees it.
 */
class OfflineUploadIT extends DeployedApplication {

  private static final String REGISTER =
      "mutation($k: String!) { registerOfflineDeviceKey(publicKey: $k) }";
  private static final String UPLOAD =
      "mutation($in: OfflineScanBatchInput!) { uploadOfflineScans(input: $in)"
          + " { accepted duplicates refused { scanId code } } }";

  /** A gate with its own P-256 key, registered. */
  record Gate(Device device, KeyPair key) {}

  @Test
  void upload_TheSameScanTwice_IsRecordedOnceAtTheSkewCorrectedTime() throws Exception {
    Gate gate = registeredGate(Venues.newDevice());
    String code = OfflineGateIT.qrText(Holders.withColour("GREEN"));
    // the device's clock is an hour behind; it scanned ten minutes before sending
    Instant deviceNow = Instant.now().minus(Duration.ofHours(1));
    Map<String, Object> scan =
        scan(
            gate,
            "off-" + UUID.randomUUID(),
            code,
            deviceNow.minus(Duration.ofMinutes(10)),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");

    JsonObject first = upload(gate, deviceNow, List.of(scan));
    JsonObject second = upload(gate, deviceNow.plusSeconds(30), List.of(scan));

    assertThat(first.getInt("accepted")).isEqualTo(1);
    assertThat(first.getInt("duplicates")).isZero();
    assertThat(first.getJsonArray("refused")).isEmpty();
    assertThat(second.getInt("accepted")).isZero();
    assertThat(second.getInt("duplicates")).isEqualTo(1);
    String scanId = (String) scan.get("scanId");
    assertThat(Venues.checkIns(gate.device().entryPoint(), scanId)).isEqualTo(1);
    assertThat(
            Venues.queryLong(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ?"
                    + " AND method = 'OFFLINE_SCAN' AND outcome = 'ADMIT'",
                Long.parseLong(gate.device().entryPoint()),
                scanId))
        .isEqualTo(1);
    long recordedAt =
        Venues.queryLong(
            "SELECT UNIX_TIMESTAMP(scanned_at) FROM venue_check_in WHERE entry_point_id = ?"
                + " AND scan_id = ?",
            Long.parseLong(gate.device().entryPoint()),
            scanId);
    long expected = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
    assertThat(recordedAt).isBetween(expected - 60, expected + 5);
    // the same scan id sent online now answers as the offline scan did
    assertThat(data(Venues.scan(gate.device(), scanId, code, "36.6"), "scan").getString("outcome"))
        .isEqualTo("ADMIT");
  }

  @Test
  void upload_BadSignaturesOldScansForgedCodesAndWrongDecisions_AreRefusedEachWithItsCode()
      throws Exception {
    Gate gate = registeredGate(Venues.newDevice());
    Gate otherGate = registeredGate(Venues.newDevice());
    String code = OfflineGateIT.qrText(Holders.withColour("GREEN"));
    Instant now = Instant.now();
    Map<String, Object> good =
        scan(
            gate,
            "good-" + UUID.randomUUID(),
            code,
            now.minusSeconds(60),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");
    Map<String, Object> signedByAnother =
        scan(
            otherGate,
            "other-" + UUID.randomUUID(),
            code,
            now.minusSeconds(60),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");
    Map<String, Object> changedAfterSigning =
        new HashMap<>(
            scan(
                gate,
                "changed-" + UUID.randomUUID(),
                code,
                now.minusSeconds(60),
                "36.6",
                "ADMIT",
                "GREEN_NORMAL_TEMPERATURE"));
    changedAfterSigning.put("temperature", new BigDecimal("36.7"));
    Map<String, Object> tooOld =
        scan(
            gate,
            "old-" + UUID.randomUUID(),
            code,
            now.minus(Duration.ofDays(29)),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");
    String forgedText =
        code.substring(0, 100) + (code.charAt(100) == 'A' ? 'B' : 'A') + code.substring(101);
    Map<String, Object> forged =
        scan(
            gate,
            "forged-" + UUID.randomUUID(),
            forgedText,
            now.minusSeconds(60),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");
    Map<String, Object> inconsistent =
        scan(
            gate,
            "wrong-" + UUID.randomUUID(),
            code,
            now.minusSeconds(60),
            "36.6",
            "ADMIT",
            "RED_STRICT_CONTROL");
    Map<String, Object> future =
        scan(
            gate,
            "future-" + UUID.randomUUID(),
            code,
            now.plusSeconds(600),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");

    JsonObject result =
        upload(
            gate,
            now,
            List.of(
                good, signedByAnother, changedAfterSigning, tooOld, forged, inconsistent, future));

    assertThat(result.getInt("accepted")).isEqualTo(1);
    Map<String, String> refused = new HashMap<>();
    result
        .getJsonArray("refused")
        .forEach(
            value ->
                refused.put(
                    value.asJsonObject().getString("scanId"),
                    value.asJsonObject().getString("code")));
    assertThat(refused)
        .containsEntry((String) signedByAnother.get("scanId"), "SIGNATURE_INVALID")
        .containsEntry((String) changedAfterSigning.get("scanId"), "SIGNATURE_INVALID")
        .containsEntry((String) tooOld.get("scanId"), "SCAN_TOO_OLD")
        .containsEntry((String) forged.get("scanId"), "CODE_INVALID")
        .containsEntry((String) inconsistent.get("scanId"), "DECISION_INVALID")
        .containsEntry((String) future.get("scanId"), "SCANNED_AFTER_SENT")
        .hasSize(6);
  }

  @Test
  void upload_TooManyOrWithoutARegisteredKey_IsRefusedAsAWhole() throws Exception {
    Device unregistered = Venues.newDevice();
    Gate gate = registeredGate(Venues.newDevice());
    String code = OfflineGateIT.qrText(Holders.withColour("GREEN"));
    Instant now = Instant.now();
    List<Map<String, Object>> many = new ArrayList<>();
    Map<String, Object> one =
        scan(
            gate,
            "many-" + UUID.randomUUID(),
            code,
            now.minusSeconds(5),
            "36.6",
            "ADMIT",
            "GREEN_NORMAL_TEMPERATURE");
    for (int i = 0; i < 501; i++) {
      many.add(one);
    }

    Response tooMany = uploadResponse(gate.device(), now, many);
    Response noKey = uploadResponse(unregistered, now, List.of(one));
    Response badKey = Api.graphql(REGISTER, Map.of("k", "AAAA"), unregistered.token());

    assertThat(Staff.codes(tooMany)).containsExactly("BATCH_TOO_LARGE");
    assertThat(Staff.codes(noKey)).containsExactly("DEVICE_KEY_MISSING");
    assertThat(Staff.codes(badKey)).containsExactly("BAD_INPUT");
    assertThat(Venues.checkIns(gate.device().entryPoint(), (String) one.get("scanId"))).isZero();
  }

  @Test
  void contactTracing_OfACaseSeenOnlyOffline_MarksTheOfflineCoVisitorOrange() throws Exception {
    Gate gate = registeredGate(Venues.newDevice("BUS", "HEPING"));
    Holder theCase = Holders.withColour("GREEN");
    Holder passenger = Holders.withColour("GREEN");
    Instant now = Instant.now();
    // a bus without signal: both scanned without a thermometer, half an hour apart
    JsonObject uploaded =
        upload(
            gate,
            now,
            List.of(
                scan(
                    gate,
                    "bus-" + UUID.randomUUID(),
                    OfflineGateIT.qrText(theCase),
                    now.minus(Duration.ofMinutes(90)),
                    null,
                    "ADMIT",
                    "GREEN_TEMPERATURE_NOT_MEASURED"),
                scan(
                    gate,
                    "bus-" + UUID.randomUUID(),
                    OfflineGateIT.qrText(passenger),
                    now.minus(Duration.ofMinutes(60)),
                    null,
                    "ADMIT",
                    "GREEN_TEMPERATURE_NOT_MEASURED")));
    assertThat(uploaded.getInt("accepted")).isEqualTo(2);

    JsonObject report =
        ContactTracingIT.traced(
            theCase.personId(),
            LocalDate.now(ZoneId.of("Asia/Shanghai")),
            ContactTracingIT.reviewer());

    assertThat(report.getInt("caseVisits")).isEqualTo(1);
    assertThat(report.getInt("markedOrange")).isEqualTo(1);
    assertThat(Holders.code(passenger).getString("colour")).isEqualTo("ORANGE");
  }

  static Gate registeredGate(Device device) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    Response registered =
        Api.graphql(
            REGISTER,
            Map.of(
                "k",
                Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(key.getPublic().getEncoded())),
            device.token());
    assertThat(registered.getData().getBoolean("registerOfflineDeviceKey")).isTrue();
    return new Gate(device, key);
  }

  /** A scan as the contract has the device sign it. */
  static Map<String, Object> scan(
      Gate gate,
      String scanId,
      String codeText,
      Instant scannedAt,
      String temperature,
      String outcome,
      String reason)
      throws Exception {
    Instant at = scannedAt.truncatedTo(ChronoUnit.MILLIS);
    String signed =
        String.join(
            "|",
            "HCSCAN1",
            scanId,
            codeText,
            Long.toString(at.toEpochMilli()),
            temperature == null ? "-" : temperature,
            outcome,
            reason);
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(gate.key().getPrivate());
    signer.update(signed.getBytes(StandardCharsets.UTF_8));
    Map<String, Object> scan = new HashMap<>();
    scan.put("scanId", scanId);
    scan.put("codeText", codeText);
    scan.put("scannedAt", at.toString());
    scan.put("temperature", temperature == null ? null : new BigDecimal(temperature));
    scan.put("outcome", outcome);
    scan.put("reason", reason);
    scan.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign()));
    return scan;
  }

  static JsonObject upload(Gate gate, Instant sentAt, List<Map<String, Object>> scans) {
    return data(uploadResponse(gate.device(), sentAt, scans), "uploadOfflineScans");
  }

  static Response uploadResponse(Device device, Instant sentAt, List<Map<String, Object>> scans) {
    return Api.graphql(
        UPLOAD, Map.of("in", Map.of("sentAt", sentAt.toString(), "scans", scans)), device.token());
  }
}
