package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.SecondServer;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * A backup restores (docs/adr/0030, README "Backup and restore"): {@code scripts/backup.sh} dumps
 * the test database while the server runs, {@code scripts/restore.sh} restores it into a fresh
 * database, and a second Liberty server, from the same installation, configuration and war, starts
 * on it and answers with the same data; the audit log stays insert-only, and a check-in the live
 * system would have purged since is purged again.
 */
class BackupRestoreIT extends DeployedApplication {

  private static final List<String> TABLES =
      List.of(
          "identity_person",
          "identity_account",
          "status_code",
          "venue_check_in",
          "platform_audit_entry",
          "identity_schema_history");

  @Test
  void restore_IntoAFreshDatabase_TheServerStartsOnItWithTheSameData() throws Exception {
    Holder holder = Holders.withColour("GREEN");
    Device device = Venues.newDevice();
    assertThat(Venues.scan(device, Holders.appCode(holder), "36.6").getString("outcome"))
        .isEqualTo("ADMIT");
    // a check-in past the retention: one the live system purges after this backup
    String oldScan = "old-" + UUID.randomUUID();
    data(Venues.scan(device, oldScan, Holders.appCode(holder), "36.6"), "scan");
    Venues.update(
        "UPDATE venue_check_in SET scanned_at = NOW(3) - INTERVAL 40 DAY WHERE scan_id = ?",
        oldScan);
    JsonObject me = me(holder.token());

    String source = databaseName(System.getProperty("healthcode.it.dbUrl"));
    String restored = source + "_restored";
    Path dump = Files.createTempFile(Path.of("target"), "backup-", ".sql.gz");
    dropDatabase(restored);
    Map<String, Long> counts = counts(source);
    run("backup.sh", "--database", source, "--out", dump.toString());
    run("restore.sh", "--database", restored, "--in", dump.toString());

    assertThat(counts(restored)).isEqualTo(counts);
    try (Connection connection = connect(restored);
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () -> statement.executeUpdate("UPDATE platform_audit_entry SET actor = 'x' LIMIT 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("insert-only");
      assertThat(count(statement, "venue_check_in WHERE scan_id = '" + oldScan + "'")).isOne();
    }

    SecondServer server = SecondServer.create("healthcode-restore");
    URI restoredServer = SecondServer.uri();
    try {
      server.start("jdbc:mariadb://127.0.0.1:3306/" + restored, Map.of());
      assertThat(SecondServer.awaitReady(restoredServer, Duration.ofMinutes(5))).isTrue();

      // the same person, read and decrypted by the other server from the restored rows
      assertThat(Api.on(restoredServer, () -> me(holder.token()))).isEqualTo(me);
      JsonObject code =
          Api.on(
              restoredServer,
              () ->
                  data(
                      Api.graphql(
                          "query($p: ID!) { healthCode(personId: $p) { colour } }",
                          Map.of("p", holder.personId()),
                          holder.token()),
                      "healthCode"));
      assertThat(code.getString("colour")).isEqualTo("GREEN");

      // the retention purges again what the restore brought back
      int purged =
          Api.on(
              restoredServer,
              () ->
                  Api.graphql("mutation { runCheckInRetention }", Map.of(), Staff.adminToken())
                      .getData()
                      .getInt("runCheckInRetention"));
      assertThat(purged).isPositive();
      try (Connection connection = connect(restored);
          Statement statement = connection.createStatement()) {
        assertThat(count(statement, "venue_check_in WHERE scan_id = '" + oldScan + "'")).isZero();
      }
    } finally {
      server.stop();
      dropDatabase(restored);
    }
  }

  private static JsonObject me(String token) {
    return data(
        Api.graphql(
            "{ me { maskedPhone self { id maskedName maskedDocumentNumber } } }", Map.of(), token),
        "me");
  }

  private static void run(String script, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("healthcode.it.scripts"), script).toString());
    command.addAll(List.of(arguments));
    SecondServer.exec(
        command,
        Map.of("DB_HOST", "127.0.0.1", "DB_PORT", "3306", "DB_USER", "root", "DB_PASSWORD", ""),
        300);
  }

  private static Map<String, Long> counts(String database) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        counts.put(table, count(statement, table));
      }
    }
    return counts;
  }

  private static long count(Statement statement, String from) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + from)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection connect(String database) throws SQLException {
    String url = System.getProperty("healthcode.it.dbUrl");
    return DriverManager.getConnection(
        url.substring(0, url.lastIndexOf('/') + 1) + database, "root", "");
  }

  private static void dropDatabase(String database) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
    }
  }

  private static String databaseName(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    int query = name.indexOf('?');
    return query < 0 ? name : name.substring(0, query);
  }
}
