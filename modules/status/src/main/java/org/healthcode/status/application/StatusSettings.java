package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.status.domain.DynamicManagement;

/** The status module's configuration and the colour rules built from it. */
@ApplicationScoped
public class StatusSettings {

  private final Clock clock = Clock.systemUTC();

  /** How long ORANGE lasts with nothing new (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "healthcode.status.observation-period", defaultValue = "P14D")
  Duration observationPeriod;

  /** How often the observation timers, pending reviews and notifications are swept. */
  @Inject
  @ConfigProperty(name = "healthcode.status.timer-interval", defaultValue = "PT30S")
  Duration timerInterval;

  public Clock clock() {
    return clock;
  }

  public Duration timerInterval() {
    return timerInterval;
  }

  /** One for the application; a pseudo-scope, since the final rules class cannot be proxied. */
  @Produces
  @Singleton
  DynamicManagement dynamicManagement() {
    return new DynamicManagement(clock, observationPeriod);
  }
}
