package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.domain.code.CodeTokens;

/**
 * The code tokens' keys and lifetimes: {@code healthcode.status.code-keys} (a {@link HmacKeys}
 * spec, {@code "k2:BASE64,k1:BASE64"}, first signing), {@code healthcode.status.code-lifetime}
 * (ISO-8601, converted by MicroProfile Config; default PT5M) and {@code
 * healthcode.status.printed-code-lifetime} (default P365D). In development mode missing keys fall
 * back to a fixed development key shipped in the jar; in production mode the application does not
 * start without them.
 */
@ApplicationScoped
public class CodeSettings {

  static final String DEVELOPMENT_KEYS = "/META-INF/healthcode/dev-status-code-keys.txt";
  private static final Logger LOG = Logger.getLogger(CodeSettings.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.status.code-keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "healthcode.status.code-lifetime", defaultValue = "PT5M")
  Duration lifetime;

  @Inject
  @ConfigProperty(name = "healthcode.status.printed-code-lifetime", defaultValue = "P365D")
  Duration printedLifetime;

  @Inject RuntimeMode mode;

  private CodeTokens tokens;

  /** Loads the keys when the application starts, so bad or missing keys stop the deployment. */
  void loadOnStartup(@Observes Startup startup) {
    tokens();
  }

  public synchronized CodeTokens tokens() {
    if (tokens == null) {
      HmacKeys tokenKeys = HmacKeys.fromConfig("code token keys", keySpec());
      tokens = new CodeTokens(tokenKeys, lifetime, Optional.of(printedLifetime));
      LOG.info(() -> "Health-code tokens ready: " + tokenKeys);
    }
    return tokens;
  }

  private String keySpec() {
    return mode.secretOrDevelopmentValue(
        keys, "HEALTHCODE_STATUS_CODE_KEYS", CodeSettings.class, DEVELOPMENT_KEYS);
  }
}
