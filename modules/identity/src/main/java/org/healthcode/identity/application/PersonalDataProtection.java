package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.protection.FieldCipher;
import org.healthcode.identity.domain.protection.KeyRing;
import org.healthcode.identity.domain.protection.LookupHasher;
import org.healthcode.platform.config.RuntimeMode;

/**
 * The keys personal data is protected with, from {@code healthcode.identity.data-keys} (a {@link
 * KeyRing} spec, {@code "id:base64key,..."}, first current) and {@code
 * healthcode.identity.lookup-secret} (Base64, at least 32 bytes). In development mode, missing
 * values fall back to fixed development keys shipped in the jar, so data survives restarts of a
 * development server; in production mode they are required and the application does not start
 * without them.
 */
@ApplicationScoped
public class PersonalDataProtection {

  static final String DEVELOPMENT_DATA_KEYS = "/META-INF/healthcode/dev-identity-data-keys.txt";
  static final String DEVELOPMENT_LOOKUP_SECRET =
      "/META-INF/healthcode/dev-identity-lookup-secret.txt";

  private static final Logger LOG = Logger.getLogger(PersonalDataProtection.class.getName());

  /** How often the data keys' setting is looked at again (a switch needs no restart). */
  static final long RELOAD_NANOS = 5_000_000_000L;

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "healthcode.identity.lookup-secret")
  Optional<String> lookupSecret;

  @Inject RuntimeMode mode;

  private record Loaded(PersonalData personalData, String dataKeys, long checkAfter) {}

  private volatile Loaded loaded;
  private LookupHasher hasher;

  /** Loads the keys when the application starts, so bad or missing keys stop the deployment. */
  void loadOnStartup(@Observes Startup startup) {
    personalData();
  }

  /**
   * The protection under the data keys configured now: {@code healthcode.identity.data-keys} is
   * looked at again every 5 s, so a new current key (or a retired one) takes effect without a
   * restart (docs/adr/0028). A changed value that does not parse keeps the keys in use.
   */
  public PersonalData personalData() {
    Loaded current = loaded;
    if (current != null && System.nanoTime() - current.checkAfter() < 0) {
      return current.personalData();
    }
    return reload();
  }

  private synchronized PersonalData reload() {
    Loaded current = loaded;
    long now = System.nanoTime();
    if (current != null && now - current.checkAfter() < 0) {
      return current.personalData();
    }
    if (current == null) {
      hasher = LookupHasher.fromConfig(value(lookupSecret, "HEALTHCODE_IDENTITY_LOOKUP_SECRET"));
    }
    Optional<String> configured =
        config.getOptionalValue("healthcode.identity.data-keys", String.class);
    String raw = configured.orElse("");
    if (current != null && raw.equals(current.dataKeys())) {
      loaded = new Loaded(current.personalData(), raw, now + RELOAD_NANOS);
      return current.personalData();
    }
    KeyRing keys;
    try {
      keys = KeyRing.fromConfig(value(configured, "HEALTHCODE_IDENTITY_DATA_KEYS"));
    } catch (RuntimeException e) {
      if (current == null) {
        throw e;
      }
      LOG.warning(
          "HEALTHCODE_IDENTITY_DATA_KEYS changed but cannot be read; the previous keys stay: "
              + e.getMessage());
      loaded = new Loaded(current.personalData(), raw, now + RELOAD_NANOS);
      return current.personalData();
    }
    PersonalData fresh = new PersonalData(new FieldCipher(keys), hasher);
    loaded = new Loaded(fresh, raw, now + RELOAD_NANOS);
    LOG.info(
        () ->
            (current == null ? "Personal data protection ready: " : "Data keys changed: ") + keys);
    return fresh;
  }

  private String value(Optional<String> configured, String variable) {
    String resource =
        variable.endsWith("DATA_KEYS") ? DEVELOPMENT_DATA_KEYS : DEVELOPMENT_LOOKUP_SECRET;
    return mode.secretOrDevelopmentValue(
        configured, variable, PersonalDataProtection.class, resource);
  }
}
