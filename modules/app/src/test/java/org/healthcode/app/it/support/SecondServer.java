package org.healthcode.app.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second Liberty server from the test server's installation, configuration and war, on the spare
 * port, with a database URL of the test's choosing (a restored copy, a proxy that the test cuts).
 */
public final class SecondServer {

  private final Path server;

  private SecondServer(Path server) {
    this.server = server;
  }

  /** Creates (or refreshes) the server {@code prefix-<spare port>}. */
  public static SecondServer create(String prefix) throws Exception {
    Path wlp = Path.of(System.getProperty("healthcode.it.wlpHome"));
    Path template = wlp.resolve("usr/servers/" + System.getProperty("healthcode.it.serverName"));
    String name = prefix + "-" + System.getProperty("healthcode.it.sparePort");
    Path server = wlp.resolve("usr/servers/" + name);
    if (!Files.exists(server)) {
      exec(List.of(wlp.resolve("bin/server").toString(), "create", name), Map.of(), 120);
    }
    Files.copy(
        template.resolve("server.xml"),
        server.resolve("server.xml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(server.resolve("lib/jdbc"));
    try (var jars = Files.list(template.resolve("lib/jdbc"))) {
      for (Path jar : jars.toList()) {
        Files.copy(
            jar,
            server.resolve("lib/jdbc").resolve(jar.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(server.resolve("dropins"));
    Files.copy(
        Path.of(System.getProperty("healthcode.it.war")),
        server.resolve("dropins/health-code.war"),
        StandardCopyOption.REPLACE_EXISTING);
    return new SecondServer(server);
  }

  /** Where it answers. */
  public static URI uri() {
    return URI.create("http://127.0.0.1:" + System.getProperty("healthcode.it.sparePort") + "/");
  }

  /** Starts it on the database URL (root, no password), development mode; {@code more} env. */
  public void start(String dbUrl, Map<String, String> more) throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HTTP_PORT", System.getProperty("healthcode.it.sparePort"));
    env.put("HTTPS_PORT", "-1");
    env.put("DB_URL", dbUrl);
    env.put("DB_USER", "root");
    env.put("DB_PASSWORD", "");
    env.put("DB_POOL_MIN", "1");
    env.put("HEALTHCODE_MODE", "development");
    env.put("JVM_ARGS", "-Xmx384m");
    env.putAll(more);
    exec(List.of(bin(), "start", server.getFileName().toString()), env, 300);
  }

  public void stop() throws Exception {
    exec(List.of(bin(), "stop", server.getFileName().toString()), Map.of(), 120);
  }

  private String bin() {
    return server.getParent().getParent().getParent().resolve("bin/server").toString();
  }

  /** Whether /health/ready answered 200 within the patience. */
  public static boolean awaitReady(URI server, Duration patience) throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(server.resolve("health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return false;
  }

  /** Runs the command to its end within the seconds; fails the test on a non-zero exit. */
  public static void exec(List<String> command, Map<String, String> env, int seconds)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path log = Files.createTempFile(Path.of("target"), "exec-", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue())
        .as(String.join(" ", command) + ": " + Files.readString(log))
        .isZero();
  }
}
