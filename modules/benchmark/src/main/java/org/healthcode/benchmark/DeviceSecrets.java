package org.healthcode.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device credentials of the generated city, derived from the entry point id so that the benchmark
 * can sign devices in over HTTP without a file of secrets. They are as public as this source: for
 * benchmark data only. The shape is the real one: a UUID and 32 bytes of base64url.
 */
final class DeviceSecrets {

  private static final byte[] KEY =
      "healthcode-benchmark-device-secrets".getBytes(StandardCharsets.UTF_8);

  private DeviceSecrets() {}

  static String credentialId(long entryPointId) {
    return UUID.nameUUIDFromBytes(
            ("healthcode-benchmark-device:" + entryPointId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  static String secret(String credentialId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(credentialId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
