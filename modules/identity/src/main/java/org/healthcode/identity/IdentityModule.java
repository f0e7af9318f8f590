package org.healthcode.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthcode.platform.HealthCodeModule;

/** Registers the identity module with the platform (migrations, system information). */
@ApplicationScoped
public class IdentityModule implements HealthCodeModule {

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public List<String> productionSecrets() {
    return List.of("healthcode.identity.data-keys", "healthcode.identity.lookup-secret");
  }
}
