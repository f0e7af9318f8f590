package org.healthcode.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthcode.platform.HealthCodeModule;

/** Registers the declaration module with the platform (migrations, system information). */
@ApplicationScoped
public class DeclarationModule implements HealthCodeModule {

  @Override
  public String name() {
    return "declaration";
  }
}
