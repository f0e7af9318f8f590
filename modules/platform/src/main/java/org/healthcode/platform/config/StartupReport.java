package org.healthcode.platform.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.healthcode.platform.HealthCodeModule;

/**
 * The first thing the application does when it starts (before the migrations): it says in the log
 * which mode it runs in, where that came from, and which database it uses; in production mode it
 * refuses to go on unless every module's {@linkplain HealthCodeModule#productionSecrets()
 * production secret} is set, naming each missing one by its environment variable (never a value).
 * Issue 19, docs/adr/0017.
 */
@ApplicationScoped
public class StartupReport {

  private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

  @Inject RuntimeMode mode;

  @Inject Instance<HealthCodeModule> modules;

  @Inject Config config;

  void onStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
    ConfigValue modeSetting = config.getConfigValue("healthcode.mode");
    String modeName = mode.isDevelopment() ? "DEVELOPMENT" : "PRODUCTION";
    LOG.info(
        () ->
            "Health Code starts in "
                + modeName
                + " mode (healthcode.mode from "
                + sourceOf(modeSetting)
                + "); database "
                + database(config.getOptionalValue("db.url", String.class)));
    if (mode.isDevelopment()) {
      LOG.warning(
          "DEVELOPMENT mode: GraphiQL, introspection, developmentSignInCode and the development keys"
              + " shipped in the jars are on. Never expose this server; set HEALTHCODE_MODE=production.");
      return;
    }
    List<String> missing = missingSecrets();
    if (!missing.isEmpty()) {
      String message =
          "PRODUCTION mode refuses to start: not set: "
              + String.join(", ", missing)
              + " (README, Configuration; docker/keys.sh generates them)";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }

  /** The environment variable names of every production secret that no config source sets. */
  List<String> missingSecrets() {
    List<String> missing = new ArrayList<>();
    for (HealthCodeModule module : modules) {
      for (String entry : module.productionSecrets()) {
        List<String> alternatives = Arrays.asList(entry.split("\\|"));
        boolean set =
            alternatives.stream()
                .map(name -> config.getOptionalValue(name, String.class))
                .anyMatch(value -> value.filter(v -> !v.isBlank()).isPresent());
        if (!set) {
          missing.add(
              alternatives.stream()
                  .map(StartupReport::environmentName)
                  .collect(Collectors.joining(" or ")));
        }
      }
    }
    missing.sort(null);
    return missing;
  }

  /** MicroProfile Config's environment variable for a property: upper case, `_` for the rest. */
  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static String sourceOf(ConfigValue value) {
    String source = value.getSourceName();
    if (source == null) {
      return "its default";
    }
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.contains("env")) {
      return "the environment, HEALTHCODE_MODE";
    }
    if (lower.contains("sys")) {
      return "a system property, -Dhealthcode.mode";
    }
    if (lower.contains("microprofile-config.properties")) {
      return "the default in the jar";
    }
    return source;
  }

  /**
   * The database URL without user, password or parameters; the embedded development database when
   * DB_URL is not set.
   */
  static String database(Optional<String> url) {
    if (url.isEmpty() || url.get().isBlank()) {
      return "the embedded development MariaDB at 127.0.0.1:3307 (DB_URL is not set)";
    }
    String shown = url.get().strip();
    int query = shown.indexOf('?');
    if (query >= 0) {
      shown = shown.substring(0, query);
    }
    return shown.replaceAll("//[^/@]*@", "//");
  }
}
