package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;

/**
 * The device's signature on a scan it decided offline (docs/adr/0033): ECDSA P-256 with SHA-256,
 * IEEE P1363 form (r‖s, 64 bytes, as WebCrypto gives it), over the UTF-8 of {@code
 * HCSCAN1|scanId|codeText|scannedAt epoch millis|temperature as sent or -|outcome|reason}.
 */
public final class OfflineScanSignatures {

  public static final String CONTEXT = "HCSCAN1";
  private static final BigInteger P256_ORDER = p256Order();

  private OfflineScanSignatures() {}

  /** A device's public key from its SubjectPublicKeyInfo DER; empty unless it is EC P-256. */
  public static Optional<PublicKey> deviceKey(byte[] spki) {
    if (spki == null || spki.length > 200) {
      return Optional.empty();
    }
    try {
      PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
      if (key instanceof ECPublicKey ec
          && ec.getParams().getCurve().getField().getFieldSize() == 256
          && ec.getParams().getOrder().equals(P256_ORDER)) {
        return Optional.of(key);
      }
      return Optional.empty();
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The signed text. The temperature is written as the device sent it: the decimal's plain form
   * ({@code 36.6}); {@code -} when not measured.
   */
  public static String signedText(
      String scanId,
      String codeText,
      Instant scannedAt,
      String temperature,
      GateOutcome outcome,
      GateReason reason) {
    return String.join(
        "|",
        CONTEXT,
        scanId,
        codeText,
        Long.toString(scannedAt.toEpochMilli()),
        temperature,
        outcome.name(),
        reason.name());
  }

  /** The spellings of a temperature a device may have signed: as received, and without zeros. */
  public static List<String> temperatureSpellings(BigDecimal temperature) {
    if (temperature == null) {
      return List.of("-");
    }
    String plain = temperature.toPlainString();
    String stripped = temperature.stripTrailingZeros().toPlainString();
    return plain.equals(stripped) ? List.of(plain) : List.of(plain, stripped);
  }

  /** Whether any of the keys signed the text; false for any malformed input. */
  public static boolean signedByAny(List<PublicKey> keys, String text, byte[] signature) {
    if (signature == null || signature.length != 64) {
      return false;
    }
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    for (PublicKey key : keys) {
      try {
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update(data);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this key
      }
    }
    return false;
  }

  private static BigInteger p256Order() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams().getOrder();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC P-256 is not available in this JDK", e);
    }
  }
}
