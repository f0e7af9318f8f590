package org.healthcode.platform.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on the runtime mode. Introspection is on in development and off in
 * production unless {@code SMALLRYE_GRAPHQL_FIELDVISIBILITY} says otherwise; the development token
 * verification key is a default in development only. The mode comes from the system property {@code
 * healthcode.mode} or the environment variable {@code HEALTHCODE_MODE}. Its ordinal sits below
 * every other source, so any explicit setting wins.
 */
public class ModeDefaultsConfigSource implements ConfigSource {

  static final String FIELD_VISIBILITY = "smallrye.graphql.fieldVisibility";

  /**
   * The development verification key is public (it is in the repository), so production must never
   * fall back to it: outside development there is no default and tokens cannot verify until a key
   * is configured.
   */
  static final String JWT_PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

  private final Map<String, String> values;

  public ModeDefaultsConfigSource() {
    this(System.getProperty("healthcode.mode", System.getenv("HEALTHCODE_MODE")));
  }

  ModeDefaultsConfigSource(String mode) {
    boolean development = RuntimeMode.isDevelopment(mode);
    values =
        development
            ? Map.of(
                FIELD_VISIBILITY,
                "default",
                JWT_PUBLIC_KEY_LOCATION,
                "META-INF/healthcode/dev-jwt-public.pem")
            : Map.of(FIELD_VISIBILITY, "no-introspection");
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "health-code-mode-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}
