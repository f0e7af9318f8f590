package org.healthcode.platform;

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
}
