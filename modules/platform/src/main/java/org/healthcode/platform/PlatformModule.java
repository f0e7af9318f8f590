package org.healthcode.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** The platform's own tables (the audit log) are migrated like any module's. */
@ApplicationScoped
public class PlatformModule implements HealthCodeModule {

  @Override
  public String name() {
    return "platform";
  }
}
