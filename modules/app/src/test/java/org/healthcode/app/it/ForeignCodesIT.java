package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.OfflineGate;
import org.healthcode.app.it.support.ServerConfig;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 deliverable 5, docs/adr/0032: another city's code, signed with a key generated here and
 * configured as trusted, is admitted when green by the same policy and recorded as a foreign scan;
 * an issuer not on the trust list, or a key past its validity, is refused with its own code.
 */
class ForeignCodesIT extends DeployedApplication {

  private static final String BEIJING = "110000";
  private static final String HEBEI = "130000";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  @Test
  void scan_OfATrustedCitysCode_AdmitsGreenDeniesRedAndRefusesUntrustedAndExpiredIssuers()
      throws Exception {
    KeyPair beijing = ed25519();
    KeyPair hebei = ed25519();
    KeyPair unknown = ed25519();
    ServerConfig.override(
        "foreign-issuers",
        Map.of(
            "healthcode.status.trusted-issuer-keys",
            BEIJING
                + "|k1|"
                + raw(beijing)
                + "|2020-01-01T00:00:00Z|,"
                + HEBEI
                + "|k1|"
                + raw(hebei)
                + "|2020-01-01T00:00:00Z|2021-01-01T00:00:00Z"));
    try {
      Device device = Venues.newDevice();
      String green = foreignCode(beijing, 110000, 1);
      assertThat(
              ServerConfig.await(
                  30,
                  () -> !Venues.scan(device, "s-" + UUID.randomUUID(), green, "36.6").hasError()))
          .as("the trust list names Beijing's key")
          .isTrue();

      JsonObject admitted = Venues.scan(device, green, "36.6");
      JsonObject denied = Venues.scan(device, foreignCode(beijing, 110000, 3), "36.6");
      Response untrusted =
          Venues.scan(device, "s-" + UUID.randomUUID(), foreignCode(unknown, 110000, 1), "36.6");
      Response otherCity =
          Venues.scan(device, "s-" + UUID.randomUUID(), foreignCode(unknown, 310000, 1), "36.6");
      Response expiredKey =
          Venues.scan(device, "s-" + UUID.randomUUID(), foreignCode(hebei, 130000, 1), "36.6");

      assertThat(admitted.getString("outcome")).isEqualTo("ADMIT");
      assertThat(admitted.getString("colour")).isEqualTo("GREEN");
      assertThat(admitted.isNull("maskedName")).isTrue();
      assertThat(denied.getString("outcome")).isEqualTo("DENY");
      assertThat(Staff.codes(untrusted)).containsExactly("TOKEN_INVALID");
      assertThat(Staff.codes(otherCity)).containsExactly("ISSUER_UNTRUSTED");
      assertThat(Staff.codes(expiredKey)).containsExactly("ISSUER_KEY_EXPIRED");
      assertThat(
              Venues.queryLong(
                  "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ?"
                      + " AND method = 'FOREIGN_SCAN' AND person_id IS NULL",
                  Long.parseLong(device.entryPoint())))
          .isEqualTo(3);

      // an offline gate learns Beijing's key from the trust list and decides the same
      OfflineGate gate = new OfflineGate(device.token());
      gate.refresh();
      assertThat(gate.decide(green, new BigDecimal("36.6"), Instant.now()).outcome())
          .isEqualTo("ADMIT");
      assertThat(
              gate.decide(foreignCode(hebei, 130000, 1), new BigDecimal("36.6"), Instant.now())
                  .outcome())
          .isEqualTo("REFUSED ISSUER_UNTRUSTED");
    } finally {
      ServerConfig.remove("foreign-issuers");
    }
  }

  private static KeyPair ed25519() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  private static String raw(KeyPair key) {
    byte[] encoded = key.getPublic().getEncoded();
    return URL.encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  /**
   * Another city's app code, as it would issue it: T in ADR 8's layout (its HMAC tag is theirs,
   * random here: nobody outside can check it) and S signed with its offline key.
   */
  static String foreignCode(KeyPair key, int issuer, int colour) throws Exception {
    long now = Instant.now().getEpochSecond();
    byte[] codeId = new byte[16];
    new SecureRandom().nextBytes(codeId);
    byte[] tag = new byte[16];
    new SecureRandom().nextBytes(tag);
    byte[] t =
        ByteBuffer.allocate(44)
            .put((byte) 1)
            .put((byte) 1)
            .put((byte) 1)
            .put(codeId)
            .put((byte) colour)
            .putInt((int) now)
            .putInt((int) (now + 300))
            .put(tag)
            .array();
    byte[] header =
        ByteBuffer.allocate(9).putInt(issuer).put((byte) 1).putInt((int) (now + 86_400)).array();
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.getPrivate());
    signer.update("HCOFF1".getBytes(StandardCharsets.US_ASCII));
    signer.update(header);
    signer.update(t, 0, 28);
    byte[] s = ByteBuffer.allocate(73).put(header).put(signer.sign()).array();
    return URL.encodeToString(t) + "." + URL.encodeToString(s);
  }
}
