package org.healthcode.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthcode.platform.HealthCodeModule;

/** Registers the status module with the platform (migrations, system information). */
@ApplicationScoped
public class StatusModule implements HealthCodeModule {

  @Override
  public String name() {
    return "status";
  }

  @Override
  public List<String> productionSecrets() {
    return List.of("healthcode.status.code-keys", "healthcode.status.offline-keys");
  }
}
