package org.healthcode.venue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthcode.platform.HealthCodeModule;

/** Registers the venue module with the platform (migrations, system information). */
@ApplicationScoped
public class VenueModule implements HealthCodeModule {

  @Override
  public String name() {
    return "venue";
  }

  @Override
  public List<String> productionSecrets() {
    return List.of("healthcode.venue.code-keys");
  }
}
