package org.healthcode.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Development or production. Development serves GraphiQL and other conveniences that must never
 * reach a production deployment; production is the default.
 */
@ApplicationScoped
public class RuntimeMode {

  private static final Logger LOG = Logger.getLogger(RuntimeMode.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.mode", defaultValue = "production")
  String mode;

  public boolean isDevelopment() {
    return isDevelopment(mode);
  }

  /**
   * A configured secret, or in development mode the development value shipped at {@code resource}
   * (read through {@code owner}'s class loader, stripped): production refuses to go on without the
   * configured one. {@code variable} names the environment variable in messages.
   */
  public String secretOrDevelopmentValue(
      Optional<String> configured, String variable, Class<?> owner, String resource) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return configured.get();
    }
    if (!isDevelopment()) {
      throw new IllegalStateException(
          variable
              + " is not set: production mode has no key for it (see the README, Configuration)");
    }
    LOG.warning(() -> variable + " is not set: using the development value, development mode only");
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no development value at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one reading of a mode setting: "development" in any case, anything else is production. */
  static boolean isDevelopment(String mode) {
    return mode != null && "development".equalsIgnoreCase(mode.trim());
  }
}
