package org.healthcode.platform;

import java.util.List;

/**
 * A business module deployed in this application. Each module registers one CDI bean of this type;
 * the platform uses it to run the module's own migrations and to report which modules are live.
 */
public interface HealthCodeModule {

  /** Short lower-case name; also the prefix of the module's tables and its migration folder. */
  String name();

  /** Where the module's Flyway migrations live on the class path. */
  default String migrationLocation() {
    return "classpath:db/migration/" + name();
  }

  /**
   * The base name of the module's texts in every language ({@code Messages}): {@code
   * org/healthcode/<name>/i18n/messages_en.properties} and {@code _zh_CN}; its {@code error.<CODE>}
   * keys translate its error codes.
   */
  default String messagesBaseName() {
    return "org.healthcode." + name() + ".i18n.messages";
  }

  /**
   * The settings (MicroProfile Config names) production mode cannot start without: keys and secrets
   * that development mode takes from the module's jar. Each entry is one setting, or alternatives
   * separated by {@code |} of which one must be set. {@code StartupReport} checks them all before
   * anything else starts and names every missing one.
   */
  default List<String> productionSecrets() {
    return List.of();
  }
}
