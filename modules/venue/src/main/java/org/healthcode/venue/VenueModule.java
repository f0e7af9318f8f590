package org.healthcode.venue;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthcode.platform.HealthCodeModule;

/** Registers the venue module with the platform (migrations, system information). */
@ApplicationScoped
public class VenueModule implements HealthCodeModule {

  @Override
  public String name() {
    return "venue";
  }
}
