package org.healthcode.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Development or production. Development serves GraphiQL and other conveniences that must never
 * reach a production deployment; production is the default.
 */
@ApplicationScoped
public class RuntimeMode {

  @Inject
  @ConfigProperty(name = "healthcode.mode", defaultValue = "production")
  String mode;

  public boolean isDevelopment() {
    return isDevelopment(mode);
  }

  /** The one reading of a mode setting: "development" in any case, anything else is production. */
  static boolean isDevelopment(String mode) {
    return mode != null && "development".equalsIgnoreCase(mode.trim());
  }
}
