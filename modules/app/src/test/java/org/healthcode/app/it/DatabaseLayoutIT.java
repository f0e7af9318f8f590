package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** What the migrations left in MariaDB once the server started. */
class DatabaseLayoutIT extends DeployedApplication {

  @Test
  void everyTable_AfterStartup_CarriesItsModulePrefix() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = TestDatabase.connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE()")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }

    assertThat(tables).contains("platform_schema_history", "platform_audit_entry");
    assertThat(tables)
        .allMatch(table -> table.matches("(platform|identity|declaration|status|venue)_.+"));
  }

  /** Galera replicates rows by primary key: a table without one is not safe on a cluster. */
  @Test
  void everyTable_AfterStartup_HasAPrimaryKey() throws SQLException {
    List<String> withoutKey = new ArrayList<>();
    try (Connection connection = TestDatabase.connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT t.table_name FROM information_schema.tables t"
                        + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'"
                        + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                        + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                        + " AND c.constraint_type = 'PRIMARY KEY')")) {
      while (rows.next()) {
        withoutKey.add(rows.getString(1));
      }
    }

    assertThat(withoutKey).isEmpty();
  }

  @Test
  void auditLog_WhenARowIsChangedOrRemoved_RefusesIt() throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO platform_audit_entry"
              + " (occurred_at, actor, actor_roles, action, subject_type, subject_id, reason)"
              + " VALUES (NOW(3), 'it', 'AUDITOR', 'TEST', 'NONE', 'layout-test', 'insert-only check')");

      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "UPDATE platform_audit_entry SET reason = 'rewritten'"
                          + " WHERE subject_id = 'layout-test'"))
          .hasMessageContaining("insert-only");
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "DELETE FROM platform_audit_entry WHERE subject_id = 'layout-test'"))
          .hasMessageContaining("insert-only");
    }
  }
}
