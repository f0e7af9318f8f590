package org.healthcode.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthcode.platform.HealthCodeModule;

/** Registers the identity module with the platform (migrations, system information). */
@ApplicationScoped
public class IdentityModule implements HealthCodeModule {

  @Override
  public String name() {
    return "identity";
  }
}
