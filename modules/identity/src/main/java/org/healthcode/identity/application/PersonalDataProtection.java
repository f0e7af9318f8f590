package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
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

  @Inject
  @ConfigProperty(name = "healthcode.identity.data-keys")
  Optional<String> dataKeys;

  @Inject
  @ConfigProperty(name = "healthcode.identity.lookup-secret")
  Optional<String> lookupSecret;

  @Inject RuntimeMode mode;

  private PersonalData personalData;

  /** Loads the keys when the application starts, so bad or missing keys stop the deployment. */
  void loadOnStartup(@Observes Startup startup) {
    personalData();
  }

  public synchronized PersonalData personalData() {
    if (personalData == null) {
      KeyRing keys = KeyRing.fromConfig(value(dataKeys, "HEALTHCODE_IDENTITY_DATA_KEYS"));
      LookupHasher hasher =
          LookupHasher.fromConfig(value(lookupSecret, "HEALTHCODE_IDENTITY_LOOKUP_SECRET"));
      personalData = new PersonalData(new FieldCipher(keys), hasher);
      LOG.info(() -> "Personal data protection ready: " + keys);
    }
    return personalData;
  }

  private String value(Optional<String> configured, String variable) {
    String resource =
        variable.endsWith("DATA_KEYS") ? DEVELOPMENT_DATA_KEYS : DEVELOPMENT_LOOKUP_SECRET;
    return mode.secretOrDevelopmentValue(
        configured, variable, PersonalDataProtection.class, resource);
  }
}
