package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.venue.domain.RetentionPolicy;
import org.healthcode.venue.domain.code.VenueCodes;

/**
 * The venue module's configuration: {@code healthcode.venue.code-keys} (a {@link HmacKeys} spec,
 * first signs; the development key in development mode only), {@code
 * healthcode.venue.code-rotation} (ISO-8601, converted by MicroProfile Config; default PT10M, PT0S
 * for static printed codes), {@code healthcode.venue.check-in-retention} (default P28D) and {@code
 * healthcode.venue.retention-interval} (how often the purge runs across all nodes, default PT1H).
 * Read at start-up, so that a bad value stops the deployment instead of the first scan.
 */
@ApplicationScoped
public class VenueSettings {

  static final String DEVELOPMENT_KEYS = "/META-INF/healthcode/dev-venue-code-keys.txt";
  private static final Logger LOG = Logger.getLogger(VenueSettings.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.venue.code-keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "healthcode.venue.code-rotation", defaultValue = "PT10M")
  Duration rotation;

  @Inject
  @ConfigProperty(name = "healthcode.venue.check-in-retention", defaultValue = "P28D")
  Duration retention;

  @Inject
  @ConfigProperty(name = "healthcode.venue.retention-interval", defaultValue = "PT1H")
  Duration retentionInterval;

  @Inject RuntimeMode mode;

  private final Clock clock = Clock.systemUTC();

  private VenueCodes venueCodes;

  void loadOnStartup(@Observes Startup startup) {
    venueCodes();
    retention();
    retentionInterval();
  }

  public synchronized VenueCodes venueCodes() {
    if (venueCodes == null) {
      HmacKeys codeKeys =
          HmacKeys.fromConfig(
              "venue code keys",
              mode.secretOrDevelopmentValue(
                  keys, "HEALTHCODE_VENUE_CODE_KEYS", VenueSettings.class, DEVELOPMENT_KEYS));
      venueCodes = new VenueCodes(codeKeys, rotation);
      LOG.info(() -> "Venue codes ready: " + codeKeys + ", rotation " + rotation);
    }
    return venueCodes;
  }

  public RetentionPolicy retention() {
    try {
      return new RetentionPolicy(retention);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("healthcode.venue.check-in-retention: " + e.getMessage());
    }
  }

  public Duration retentionInterval() {
    if (retentionInterval.isNegative() || retentionInterval.isZero()) {
      throw new IllegalArgumentException(
          "healthcode.venue.retention-interval must be positive, got " + retentionInterval);
    }
    return retentionInterval;
  }

  public Clock clock() {
    return clock;
  }
}
