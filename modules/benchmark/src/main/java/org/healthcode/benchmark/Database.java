package org.healthcode.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's own database, from DB_URL / DB_USER / DB_PASSWORD like the server's. */
record Database(String server, String name, String options, String user, String password) {

  private static final Pattern URL =
      Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");
  private static final Set<String> NEVER = Set.of("healthcode_it", "test", "mysql", "sys");

  static Database fromEnvironment() {
    String url =
        env("DB_URL", "jdbc:mariadb://127.0.0.1:3306/healthcode_bench?useServerPrepStmts=true");
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "DB_URL must look like jdbc:mariadb://host:port/name: " + url);
    }
    return new Database(
        matcher.group(1),
        matcher.group(2),
        matcher.group(3) == null ? "" : matcher.group(3),
        env("DB_USER", "root"),
        env("DB_PASSWORD", ""));
  }

  /** With DB_URL's options, so that the JDBC baseline talks to MariaDB as the server does. */
  String url() {
    return server + name + options;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user, password);
  }

  /** Drops and creates the database; refuses the test databases of the build. */
  void recreate() throws SQLException {
    if (NEVER.contains(name)) {
      throw new IllegalArgumentException("refusing to overwrite database " + name);
    }
    try (Connection connection = DriverManager.getConnection(server, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
