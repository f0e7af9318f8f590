package org.healthcode.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The development keys shipped in the modules' jars, which a server in development mode uses when
 * no key is configured: the generator seals personal data with them and the benchmark signs code
 * tokens and bearer tokens with them. Benchmark data only; production keys never come from here.
 */
final class DevelopmentKeys {

  private DevelopmentKeys() {}

  static String identityDataKeys() {
    return resource("/META-INF/healthcode/dev-identity-data-keys.txt");
  }

  static String identityLookupSecret() {
    return resource("/META-INF/healthcode/dev-identity-lookup-secret.txt");
  }

  static String statusCodeKeys() {
    return resource("/META-INF/healthcode/dev-status-code-keys.txt");
  }

  static String jwtPrivateKey() {
    return resource("/META-INF/healthcode/dev-jwt-private.pem");
  }

  private static String resource(String path) {
    try (InputStream in = DevelopmentKeys.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
