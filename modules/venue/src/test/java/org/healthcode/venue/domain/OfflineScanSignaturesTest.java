package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.junit.jupiter.api.Test;

/** The device's signature on an offline scan (docs/adr/0033). */
class OfflineScanSignaturesTest {

  @Test
  void signedText_IsTheContractsPipeSeparatedLine() {
    assertThat(
            OfflineScanSignatures.signedText(
                "scan-0001",
                "T.S",
                Instant.ofEpochMilli(1_764_780_000_123L),
                "36.6",
                GateOutcome.ADMIT,
                GateReason.GREEN_NORMAL_TEMPERATURE))
        .isEqualTo("HCSCAN1|scan-0001|T.S|1764780000123|36.6|ADMIT|GREEN_NORMAL_TEMPERATURE");
    assertThat(OfflineScanSignatures.temperatureSpellings(null)).containsExactly("-");
    assertThat(OfflineScanSignatures.temperatureSpellings(new BigDecimal("36.60")))
        .containsExactly("36.60", "36.6");
    assertThat(OfflineScanSignatures.temperatureSpellings(new BigDecimal("37")))
        .containsExactly("37");
  }

  @Test
  void signedByAny_AP1363SignatureOfAP256Key_VerifiesAndNothingElseDoes() throws Exception {
    KeyPair device = generate("secp256r1");
    KeyPair other = generate("secp256r1");
    String text = "HCSCAN1|scan-0001|T.S|1|-|ADMIT|GREEN_TEMPERATURE_NOT_MEASURED";
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(device.getPrivate());
    signer.update(text.getBytes(StandardCharsets.UTF_8));
    byte[] signature = signer.sign();
    var deviceKey = OfflineScanSignatures.deviceKey(device.getPublic().getEncoded()).orElseThrow();
    var otherKey = OfflineScanSignatures.deviceKey(other.getPublic().getEncoded()).orElseThrow();

    assertThat(signature).hasSize(64);
    assertThat(OfflineScanSignatures.signedByAny(List.of(otherKey, deviceKey), text, signature))
        .isTrue();
    assertThat(OfflineScanSignatures.signedByAny(List.of(otherKey), text, signature)).isFalse();
    assertThat(OfflineScanSignatures.signedByAny(List.of(deviceKey), text + "x", signature))
        .isFalse();
    assertThat(OfflineScanSignatures.signedByAny(List.of(deviceKey), text, new byte[64])).isFalse();
    assertThat(OfflineScanSignatures.signedByAny(List.of(deviceKey), text, new byte[3])).isFalse();
  }

  @Test
  void deviceKey_OtherCurvesAndJunk_AreRefused() throws Exception {
    assertThat(OfflineScanSignatures.deviceKey(generate("secp384r1").getPublic().getEncoded()))
        .isEmpty();
    assertThat(
            OfflineScanSignatures.deviceKey(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded()))
        .isEmpty();
    assertThat(OfflineScanSignatures.deviceKey(new byte[] {1, 2, 3})).isEmpty();
    assertThat(OfflineScanSignatures.deviceKey(null)).isEmpty();
  }

  private static KeyPair generate(String curve) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec(curve));
    return generator.generateKeyPair();
  }
}
