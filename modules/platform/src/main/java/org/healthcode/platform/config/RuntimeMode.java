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
    return "development".equalsIgnoreCase(mode.trim());
  }
}
