package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.crypto.Ed25519Keys;
import org.healthcode.status.domain.code.TrustList;
import org.healthcode.status.domain.code.TrustedKey;

/**
 * The offline code's configuration (docs/adr/0032):
 *
 * <ul>
 *   <li>{@code healthcode.status.offline-keys} ({@code HEALTHCODE_STATUS_OFFLINE_KEYS}): Ed25519
 *       keys {@code "k2:BASE64,k1:BASE64"}, first signing ({@link Ed25519Keys}); development mode
 *       falls back to a fixed key in the jar, production does not start without them;
 *   <li>{@code healthcode.status.offline-issuer}: this city's division code, default 120000;
 *   <li>{@code healthcode.status.trusted-issuer-keys}: other cities' keys ({@link TrustList});
 *   <li>{@code healthcode.status.offline-validity}: how long an app code's S holds, default PT24H;
 *   <li>{@code healthcode.status.offline-freshness}: how long a gate decides on one bundle, PT4H;
 *   <li>{@code healthcode.status.feed-retention}: how long feed entries are kept, P7D;
 *   <li>{@code healthcode.status.feed-settle}: how far behind now the feed reads, PT5S.
 * </ul>
 */
@ApplicationScoped
public class OfflineCodeSettings {

  static final String DEVELOPMENT_KEYS = "/META-INF/healthcode/dev-status-offline-keys.txt";
  private static final Logger LOG = Logger.getLogger(OfflineCodeSettings.class.getName());

  /** Own keys are valid from the start of time on the list; they are retired by removing them. */
  private static final Instant OWN_KEYS_FROM = Instant.EPOCH;

  static final String KEYS = "healthcode.status.offline-keys";
  static final String TRUSTED = "healthcode.status.trusted-issuer-keys";

  /** How often the key settings are looked at again (ADR 28: changes apply without a restart). */
  private static final long RECHECK_NANOS = 5_000_000_000L;

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "healthcode.status.offline-issuer", defaultValue = "120000")
  int issuer;

  @Inject
  @ConfigProperty(name = "healthcode.status.offline-validity", defaultValue = "PT24H")
  Duration validity;

  @Inject
  @ConfigProperty(name = "healthcode.status.offline-freshness", defaultValue = "PT4H")
  Duration freshness;

  @Inject
  @ConfigProperty(name = "healthcode.status.feed-retention", defaultValue = "P7D")
  Duration feedRetention;

  @Inject
  @ConfigProperty(name = "healthcode.status.feed-settle", defaultValue = "PT5S")
  Duration feedSettle;

  /** A revoked paper code matters to gates until it would have expired. */
  @Inject
  @ConfigProperty(name = "healthcode.status.printed-code-lifetime", defaultValue = "P365D")
  Duration printedLifetime;

  @Inject RuntimeMode mode;

  private volatile Loaded loaded;
  private volatile long checkedAt;
  private String loadedFrom;

  /** The parsed settings. */
  record Loaded(
      int issuer,
      Ed25519Keys keys,
      TrustList trustList,
      Duration validity,
      Duration freshness,
      Duration feedRetention,
      Duration feedSettle,
      Duration revokedHorizon) {}

  /** Loads when the application starts, so bad or missing keys stop the deployment. */
  void loadOnStartup(@Observes Startup startup) {
    loaded();
  }

  /**
   * The settings, looked at again at most every 5 s: a changed key or trust list applies without a
   * restart; a value that does not parse keeps what is in use (logged) once something was loaded.
   */
  Loaded loaded() {
    Loaded current = loaded;
    if (current != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
      return current;
    }
    return reload();
  }

  private synchronized Loaded reload() {
    Optional<String> keys = config.getOptionalValue(KEYS, String.class);
    String trustedIssuerKeys = config.getOptionalValue(TRUSTED, String.class).orElse("");
    String from = keys.orElse("") + "\n" + trustedIssuerKeys;
    checkedAt = System.nanoTime();
    if (loaded != null && from.equals(loadedFrom)) {
      return loaded;
    }
    try {
      loaded = load(keys, trustedIssuerKeys);
      loadedFrom = from;
    } catch (RuntimeException e) {
      if (loaded == null) {
        throw e;
      }
      LOG.warning(() -> "offline code keys or trust list not changed: " + e.getMessage());
    }
    return loaded;
  }

  private Loaded load(Optional<String> keys, String trustedIssuerKeys) {
    if (issuer < 100000 || issuer > 999999) {
      throw new IllegalArgumentException(
          "healthcode.status.offline-issuer must be a six-digit division code");
    }
    Ed25519Keys ownKeys =
        Ed25519Keys.fromConfig(
            "offline code keys",
            mode.secretOrDevelopmentValue(
                keys,
                "HEALTHCODE_STATUS_OFFLINE_KEYS",
                OfflineCodeSettings.class,
                DEVELOPMENT_KEYS));
    List<TrustedKey> trusted = new ArrayList<>();
    for (Ed25519Keys.Key key : ownKeys.keys()) {
      trusted.add(
          new TrustedKey(
              issuer, key.number(), key.rawPublicKey(), OWN_KEYS_FROM, Optional.empty(), true));
    }
    trusted.addAll(TrustList.parseForeign(trustedIssuerKeys, issuer));
    Loaded fresh =
        new Loaded(
            issuer,
            ownKeys,
            new TrustList(trusted),
            validity,
            freshness,
            feedRetention,
            feedSettle,
            longer(printedLifetime, validity));
    LOG.info(
        () ->
            "Offline codes ready: issuer "
                + issuer
                + ", "
                + ownKeys
                + ", trust list of "
                + trusted.size()
                + " keys");
    return fresh;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) > 0 ? a : b;
  }
}
