package org.healthcode.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.healthcode.platform.database.Migrations;

/** Ready means: the database answers within two seconds and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject Migrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      boolean reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      return response
          .status(reachable && migrations.isComplete())
          .withData("reachable", reachable)
          .withData("migrated", migrations.isComplete())
          .build();
    } catch (SQLException e) {
      return response
          .down()
          .withData("reachable", false)
          .withData("error", e.getSQLState())
          .build();
    }
  }
}
