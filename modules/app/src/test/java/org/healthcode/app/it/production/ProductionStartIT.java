package org.healthcode.app.it.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production start without Docker (README "Production", issues 15 and 19): the server archive
 * the build packages from the one server.xml ({@code health-code-server-usr.zip}, the usr part of
 * what {@code mvn -Pserver package} ships), unpacked into a directory of its own and started with
 * Liberty's {@code server start} in production mode, with keys from {@code docker/keys.sh} and a
 * database of its own. The same layout the Docker image runs. No Arquillian: this is an operator's
 * start, not a test deployment.
 */
class ProductionStartIT {

  private static final String SERVER = "healthcode-production";
  // generous: on a loaded 2-core machine Liberty alone took 95 s to start
  private static final Duration START_BOUND = Duration.ofSeconds(300);

  private static Path work;
  private static Path userDir;
  private static Map<String, String> keys;
  private static String databaseUrl;

  private Map<String, String> started;

  @BeforeAll
  static void unpackServerAndGenerateKeys() throws Exception {
    Path target = Path.of(System.getProperty("healthcode.it.war")).getParent();
    work = target.resolve("production-it");
    deleteTree(work);
    Files.createDirectories(work);
    unzip(target.resolve("health-code-server-usr.zip"), work);
    userDir = work.resolve("wlp/usr");
    assertThat(userDir.resolve("servers/" + SERVER + "/server.xml")).exists();
    Path keysDir = work.resolve("keys");
    Process script =
        new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("healthcode.it.keysScript")).toString(),
                keysDir.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(script.waitFor()).as("docker/keys.sh exit status").isZero();
    keys = readEnvFile(keysDir.resolve("healthcode.env"));
    assertThat(keys).containsKeys("HEALTHCODE_JWT_SIGNING_KEY", "MP_JWT_VERIFY_PUBLICKEY");
    databaseUrl = System.getProperty("healthcode.it.dbUrl") + "_production";
    String database = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
    try (Connection connection =
            DriverManager.getConnection(
                databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1), "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    }
  }

  @AfterEach
  void stopServer() throws Exception {
    if (started != null) {
      run(started, "stop");
      started = null;
    }
  }

  @Test
  void start_WhenProductionKeysAreMissing_RefusesAndNamesEachMissingKey() throws Exception {
    Map<String, String> environment = environment(Map.of());
    start(environment);
    String log = waitForLog("PRODUCTION mode refuses to start");
    assertThat(log)
        .contains(
            "HEALTHCODE_IDENTITY_DATA_KEYS",
            "HEALTHCODE_IDENTITY_LOOKUP_SECRET",
            "HEALTHCODE_JWT_SIGNING_KEY",
            "HEALTHCODE_STATUS_CODE_KEYS",
            "HEALTHCODE_STATUS_OFFLINE_KEYS",
            "HEALTHCODE_VENUE_CODE_KEYS",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY");
    HttpResponse<String> graphql =
        post(environment, "{\"query\":\"{ consentNoticeVersion }\"}", null);
    assertThat(graphql.statusCode()).as("no application is served").isNotEqualTo(200);
  }

  @Test
  void start_WithGeneratedKeys_ServesProductionWithoutDevelopmentOperations() throws Exception {
    Map<String, String> environment = environment(keys);
    start(environment);
    waitForReady(environment);
    String log = readLog();
    assertThat(log)
        .contains("Health Code starts in PRODUCTION mode (healthcode.mode from the environment")
        .contains("database " + databaseUrl)
        .doesNotContain("DEVELOPMENT mode");
    URI base = URI.create("http://127.0.0.1:" + environment.get("HTTP_PORT") + "/");

    Api.on(
        base,
        () -> {
          // development-only operations are absent, not refused
          Response development = Api.graphql("{ developmentSignInCode(phone: \"13800138000\") }");
          assertThat(development.getData()).isNull();
          assertThat(Staff.codes(development)).containsExactly("INVALID_QUERY");
          assertThat(development.getErrors().get(0).getMessage()).contains("FieldUndefined");
          Response introspection = Api.graphql("{ __schema { queryType { name } } }");
          assertThat(Staff.codes(introspection)).isNotEmpty();
          assertThat(Api.get("graphql-ui/").statusCode()).isEqualTo(404);

          // a citizen's sign-in code request is answered; until an SMS sender is configured the
          // documented answer is SIGN_IN_UNAVAILABLE (the development sender never sends here)
          Response signIn =
              Api.graphql("mutation { requestSignInCode(phone: \"13800138000\") { expiresAt } }");
          if (signIn.hasError()) {
            assertThat(Staff.codes(signIn)).containsExactly("SIGN_IN_UNAVAILABLE");
          }

          // staff and devices sign in with the generated keys, and a scan is decided
          String admin =
              Staff.token(
                  keys.get("HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME"),
                  keys.get("HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD"));
          String username = Staff.uniqueUsername("operator");
          assertThat(Staff.create(admin, username, List.of("VENUE_OPERATOR")).hasError()).isFalse();
          String operator = Staff.token(username, Staff.PASSWORD);
          String venue = Venues.registerVenue(operator, "SUPERMARKET", "HEXI");
          Venues.Device device =
              Venues.deviceAt(operator, venue, Venues.addEntryPoint(operator, venue, "Gate"));
          // a forged code is refused by the generated code keys ...
          Response forged =
              Venues.scan(device, "scan-" + UUID.randomUUID(), "AQEB" + UUID.randomUUID(), "36.6");
          assertThat(Staff.codes(forged)).containsExactly("TOKEN_INVALID");
          // ... and a gate without a code decides a manual pass
          Response manual =
              Api.graphql(
                  "mutation($id: String!) { manualPass(input: {scanId: $id, documentType:"
                      + " PASSPORT, documentNumber: \"E12345678\", issuingCountry: \"FRA\","
                      + " temperature: 36.8}) { outcome reason } }",
                  Map.of("id", "scan-" + UUID.randomUUID()),
                  device.token());
          assertThat(manual.hasError()).as("%s", manual.getErrors()).isFalse();
          assertThat(manual.getData().getJsonObject("manualPass").getString("outcome"))
              .isEqualTo("REFER");
          return null;
        });
  }

  private static Map<String, String> environment(Map<String, String> secrets) throws IOException {
    Map<String, String> environment = new HashMap<>(secrets);
    environment.put("WLP_USER_DIR", userDir.toString());
    environment.put("HEALTHCODE_MODE", "production");
    environment.put("HTTP_PORT", String.valueOf(freePort()));
    environment.put("HTTPS_PORT", String.valueOf(freePort()));
    environment.put("DB_URL", databaseUrl);
    environment.put("DB_USER", "root");
    environment.put("DB_PASSWORD", "");
    return environment;
  }

  private void start(Map<String, String> environment) throws Exception {
    Files.deleteIfExists(logFile());
    run(environment, "start");
    started = environment;
  }

  /** {@code wlp/bin/server <action> healthcode-production} with exactly this environment. */
  private static void run(Map<String, String> environment, String action) throws Exception {
    Path wlp = Path.of(System.getProperty("healthcode.it.wlpHome"));
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("server-" + action + ".out").toFile());
    // only what an operator would set: nothing inherited from the test run (its mode, its database)
    Map<String, String> processEnvironment = builder.environment();
    processEnvironment
        .keySet()
        .removeIf(name -> !List.of("PATH", "JAVA_HOME", "HOME").contains(name));
    processEnvironment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    processEnvironment.putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(START_BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("server " + action + " did not return");
    }
  }

  private static void waitForReady(Map<String, String> environment) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI ready = URI.create("http://127.0.0.1:" + environment.get("HTTP_PORT") + "/health/ready");
    Instant until = Instant.now().plus(START_BOUND);
    while (Instant.now().isBefore(until)) {
      try {
        if (client
                .send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not ready within " + START_BOUND + "; log:\n" + readLog());
  }

  private static String waitForLog(String text) throws Exception {
    Instant until = Instant.now().plus(START_BOUND);
    while (Instant.now().isBefore(until)) {
      String log = readLog();
      if (log.contains(text)) {
        return log;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the log never said '" + text + "':\n" + readLog());
  }

  private static HttpResponse<String> post(
      Map<String, String> environment, String json, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + environment.get("HTTP_PORT") + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Path logFile() {
    return userDir.resolve("servers/" + SERVER + "/logs/messages.log");
  }

  private static String readLog() throws IOException {
    return Files.exists(logFile())
        ? Files.readString(logFile(), StandardCharsets.UTF_8)
        : "(no messages.log)";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Map<String, String> readEnvFile(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      int equals = line.indexOf('=');
      if (equals > 0 && !line.startsWith("#")) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return values;
  }

  private static void unzip(Path archive, Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path destination = into.resolve(entry.getName()).normalize();
        if (!destination.startsWith(into)) {
          throw new IOException("archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(zip, destination);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
