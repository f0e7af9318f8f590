package org.healthcode.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.CodeTokens;

/**
 * Gate scans through the cluster's load balancer while faults are injected (cluster/faults.sh,
 * README "Running a cluster"): closed-loop clients, each a gate that sends a scan, waits for its
 * answer and, when it gets none (an error, a 5xx, a timeout), sends the same scan id again a moment
 * later, as a gate does. Every attempt is recorded; afterwards every Galera node is asked for the
 * run's check-ins: each answered scan must be there exactly once, with the answer given. The faults
 * are read from an events file the fault script writes ({@code <epoch ms> <label>}).
 */
final class ScanLoad {

  /** A gate gives up a scan after this many attempts. */
  static final int ATTEMPTS = 6;

  /** The longest a client waits for an answer; anything near it is a hang. */
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

  /** The bound of DESIGN §7 / the scan path: an answer or a clean error within it. */
  static final long BOUND_MS = 10_000;

  private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"(\\w+)\"");
  private static final Pattern CODE = Pattern.compile("\"code\":\"(\\w+)\"");

  /**
   * A Java package or an exception's name inside an error's message (not in extensions, where
   * SmallRye's classification "DataFetchingException" sits).
   */
  private static final Pattern LEAK =
      Pattern.compile(
          "\"message\":\"[^\"]*((java|jakarta|javax|org\\.(hibernate|mariadb|healthcode))\\."
              + "|Exception)");

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  private final Database database;
  private final String url;
  private final int seconds;
  private final int clients;
  private final int devices;
  private final Path events;
  private final Path out;
  private final List<Integer> dbPorts;
  private final String run = "f" + Long.toString(System.currentTimeMillis() / 1000, 36);
  // HTTP/1.1 as gates speak it: straight to Liberty, Java's default h2c upgrade left response
  // writes parked in Liberty's HTTP/2 stream processor (fault run of 2026-12-03 15:10)
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();
  private final CodeTokens tokens =
      new CodeTokens(HmacKeys.fromConfig("code token keys", DevelopmentKeys.statusCodeKeys()));

  /** One attempt: when it was sent (ms since the start), how long it took, what came back. */
  record Attempt(String scanId, long sentMs, long tookMs, String result) {}

  /** A scan's final state: the outcome it was answered with, or null. */
  private final Map<String, String> answered = new ConcurrentHashMap<>();

  private final Map<String, Integer> attemptsOf = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
  private final AtomicLong gaveUp = new AtomicLong();
  private long startedAt;

  ScanLoad(Database database, Options options) {
    this.database = database;
    this.url = options.text("url", "http://127.0.0.1:9480");
    this.seconds = options.integer("duration", 150);
    this.clients = options.integer("clients", 16);
    this.devices = options.integer("devices", 64);
    this.events = Path.of(options.text("events", "target/cluster-faults/events.log"));
    this.out = Path.of(options.text("out", "target/cluster-faults"));
    this.dbPorts =
        java.util.Arrays.stream(options.text("db-ports", "3331,3332,3333").split(","))
            .map(Integer::parseInt)
            .toList();
  }

  void run() throws Exception {
    Files.createDirectories(out);
    List<byte[]> codes = new ArrayList<>();
    List<Colour> colours = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT c.code_id, h.colour FROM status_code c JOIN status_health_code h"
                    + " ON h.person_id = c.person_id WHERE c.kind = 'DYNAMIC'"
                    + " AND c.revoked_at IS NULL LIMIT 200000")) {
      while (rows.next()) {
        codes.add(rows.getBytes(1));
        colours.add(Colour.valueOf(rows.getString(2)));
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no codes in " + database.name() + ": generate a city first");
    }
    List<String> deviceTokens = signInDevices(database, http, url, devices, 13);
    Collections.shuffle(deviceTokens, new Random(3));
    System.out.printf(
        "Scan load: %d clients, %d devices, %d s through %s; %,d codes; run %s%n",
        clients, deviceTokens.size(), seconds, url, codes.size(), run);

    startedAt = System.currentTimeMillis();
    long end = startedAt + seconds * 1000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(() -> gate(client, deviceTokens, codes, colours, end), "gate-" + client);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    report(verify());
  }

  /** One gate: scans until the end, each scan until answered or given up. */
  private void gate(
      int client, List<String> deviceTokens, List<byte[]> codes, List<Colour> colours, long end) {
    Random random = new Random(client);
    String device = deviceTokens.get(client % deviceTokens.size());
    long sequence = 0;
    while (System.currentTimeMillis() < end) {
      String scanId = run + "-" + client + "-" + sequence++;
      int index = random.nextInt(codes.size());
      ByteBuffer id = ByteBuffer.wrap(codes.get(index));
      String code =
          tokens.issue(new CodeId(id.getLong(), id.getLong()), colours.get(index), Instant.now());
      String temperature = String.format(Locale.ROOT, "%.1f", 36.0 + random.nextInt(13) / 10.0);
      for (int attempt = 1; ; attempt++) {
        attemptsOf.merge(scanId, 1, Integer::sum);
        long sent = System.currentTimeMillis();
        String result = send(device, scanId, code, temperature);
        long took = System.currentTimeMillis() - sent;
        attempts.add(new Attempt(scanId, sent - startedAt, took, result));
        if (result.startsWith("OK ")) {
          answered.put(scanId, result.substring(3));
          break;
        }
        if (attempt >= ATTEMPTS) {
          gaveUp.incrementAndGet();
          break;
        }
        sleep(250);
      }
    }
  }

  private String send(String device, String scanId, String code, String temperature) {
    String body =
        ("{\"query\":\"mutation($i: ScanInput!) { scan(input: $i) { outcome reason } }\","
                + "\"variables\":{\"i\":{\"scanId\":\"%s\",\"codeToken\":\"%s\",\"temperature\":%s}}}")
            .formatted(scanId, code, temperature);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/graphql"))
            .timeout(CLIENT_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + device)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return "HTTP " + response.statusCode();
      }
      Matcher error = CODE.matcher(response.body());
      if (response.body().contains("\"errors\"")) {
        String errorCode = error.find() ? error.group(1) : "ERROR";
        // issue 19: an error message must never name a Java class or carry an exception's text
        return LEAK.matcher(response.body()).find() ? errorCode + "+LEAK" : errorCode;
      }
      Matcher outcome = OUTCOME.matcher(response.body());
      return outcome.find() ? "OK " + outcome.group(1) : "UNREADABLE";
    } catch (HttpTimeoutException e) {
      return "TIMEOUT";
    } catch (IOException e) {
      return "IO " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "INTERRUPTED";
    }
  }

  /**
   * Signs {@code count} active entry-point devices of the generated city in over HTTP
   * (deviceSignIn, their secrets derived as the generator made them); their SCANNER tokens.
   */
  static List<String> signInDevices(
      Database database, HttpClient http, String url, int count, int seed) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection connection = database.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM identity_device_credential WHERE revoked_at IS NULL"
                    + " ORDER BY RAND("
                    + seed
                    + ") LIMIT ?")) {
      statement.setInt(1, count);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    List<String> signedIn = new ArrayList<>();
    for (String id : ids) {
      String body =
          "{\"query\":\"mutation { deviceSignIn(credentialId: \\\"%s\\\", secret: \\\"%s\\\") { token } }\"}"
              .formatted(id, DeviceSecrets.secret(id));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/graphql"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher token = TOKEN.matcher(response.body());
      if (!token.find()) {
        throw new IllegalStateException("deviceSignIn failed for " + id + ": " + response.body());
      }
      signedIn.add(token.group(1));
    }
    return signedIn;
  }

  /** What each Galera node holds of this run. */
  private record NodeCheck(
      int port,
      long rows,
      long answeredPresent,
      long answeredMissing,
      long outcomeDiffers,
      long duplicates,
      long unanswered) {}

  private List<NodeCheck> verify() throws SQLException {
    List<NodeCheck> checks = new ArrayList<>();
    for (int port : dbPorts) {
      Map<String, String> rows = new HashMap<>();
      long duplicates = 0;
      try (Connection connection =
              java.sql.DriverManager.getConnection(
                  "jdbc:mariadb://127.0.0.1:" + port + "/" + database.name(),
                  database.user(),
                  database.password());
          Statement statement = connection.createStatement()) {
        statement.execute("SET SESSION wsrep_sync_wait = 1");
        try (ResultSet result =
            statement.executeQuery(
                "SELECT scan_id, COUNT(*), MIN(outcome) FROM venue_check_in WHERE scan_id LIKE '"
                    + run
                    + "-%' GROUP BY scan_id")) {
          while (result.next()) {
            rows.put(result.getString(1), result.getString(3));
            if (result.getLong(2) > 1) {
              duplicates++;
            }
          }
        }
      } catch (SQLException e) {
        System.out.println("Galera node on port " + port + " cannot be checked: " + e);
        continue;
      }
      long present = 0;
      long missing = 0;
      long differs = 0;
      for (Map.Entry<String, String> scan : answered.entrySet()) {
        String outcome = rows.get(scan.getKey());
        if (outcome == null) {
          missing++;
        } else {
          present++;
          if (!outcome.equals(scan.getValue())) {
            differs++;
          }
        }
      }
      long unanswered = rows.keySet().stream().filter(id -> !answered.containsKey(id)).count();
      checks.add(
          new NodeCheck(port, rows.size(), present, missing, differs, duplicates, unanswered));
    }
    return checks;
  }

  private void report(List<NodeCheck> checks) throws IOException {
    List<String[]> faults = new ArrayList<>();
    if (Files.exists(events)) {
      for (String line : Files.readAllLines(events)) {
        String[] parts = line.strip().split(" ", 2);
        if (parts.length == 2) {
          faults.add(new String[] {Long.toString(Long.parseLong(parts[0]) - startedAt), parts[1]});
        }
      }
    }
    List<Attempt> all = new ArrayList<>(attempts);
    all.sort((a, b) -> Long.compare(a.sentMs(), b.sentMs()));
    Map<String, Long> byResult = new TreeMap<>();
    long slowest = 0;
    long overBound = 0;
    for (Attempt attempt : all) {
      String kind = attempt.result().startsWith("OK ") ? "answered" : attempt.result();
      byResult.merge(kind, 1L, Long::sum);
      slowest = Math.max(slowest, attempt.tookMs());
      if (attempt.tookMs() > BOUND_MS) {
        overBound++;
      }
    }
    long retried = attemptsOf.values().stream().filter(n -> n > 1).count();
    StringBuilder md = new StringBuilder();
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    md.append("# Faults under load ").append(stamp).append(" UTC, run ").append(run).append("\n\n");
    md.append(
        "%d gates (closed loop, same scan id again after 250 ms, at most %d attempts) for %d s"
                .formatted(clients, ATTEMPTS, seconds)
            + " through %s; load average at the end %s.\n\n"
                .formatted(url, Benchmark.loadAverage()));
    md.append(
        "- scans sent: %,d; answered: %,d; given up: %,d; scans that needed more than one"
                .formatted(attemptsOf.size(), answered.size(), gaveUp.get())
            + " attempt: %,d\n".formatted(retried));
    md.append("- attempts by result: ").append(byResult).append('\n');
    md.append(
        "- slowest attempt: %,d ms; attempts over the %d s bound: %d\n"
            .formatted(slowest, BOUND_MS / 1000, overBound));
    for (NodeCheck check : checks) {
      md.append(
          ("- Galera node :%d holds %,d check-ins of the run: %,d of the %,d answered scans"
                  + " (missing %d, outcome differs %d), duplicates %d, recorded but unanswered %d\n")
              .formatted(
                  check.port(),
                  check.rows(),
                  check.answeredPresent(),
                  answered.size(),
                  check.answeredMissing(),
                  check.outcomeDiffers(),
                  check.duplicates(),
                  check.unanswered()));
    }
    boolean exact =
        !checks.isEmpty()
            && checks.stream()
                .allMatch(
                    c ->
                        c.answeredMissing() == 0
                            && c.outcomeDiffers() == 0
                            && c.duplicates() == 0
                            && c.rows() == checks.get(0).rows());
    md.append(
        "- every answered scan recorded exactly once, with its answer, on every node: %s\n\n"
            .formatted(exact ? "YES" : "NO"));
    md.append(
        "| from (s) | event | attempts | answered | failed | failures | last failure after (s) | slowest (ms) |\n");
    md.append("|---:|---|---:|---:|---:|---|---:|---:|\n");
    List<String[]> windows = new ArrayList<>();
    windows.add(new String[] {"0", "start"});
    windows.addAll(faults);
    for (int i = 0; i < windows.size(); i++) {
      long from = Long.parseLong(windows.get(i)[0]);
      long to = i + 1 < windows.size() ? Long.parseLong(windows.get(i + 1)[0]) : Long.MAX_VALUE;
      long count = 0;
      long ok = 0;
      long slow = 0;
      long lastFailure = -1;
      Map<String, Long> failures = new TreeMap<>();
      for (Attempt attempt : all) {
        if (attempt.sentMs() < from || attempt.sentMs() >= to) {
          continue;
        }
        count++;
        slow = Math.max(slow, attempt.tookMs());
        if (attempt.result().startsWith("OK ")) {
          ok++;
        } else {
          failures.merge(attempt.result(), 1L, Long::sum);
          lastFailure = Math.max(lastFailure, attempt.sentMs() + attempt.tookMs());
        }
      }
      md.append(
          "| %.1f | %s | %,d | %,d | %,d | %s | %s | %,d |\n"
              .formatted(
                  from / 1000.0,
                  windows.get(i)[1],
                  count,
                  ok,
                  count - ok,
                  failures.isEmpty() ? "-" : failures.toString(),
                  lastFailure < 0 ? "-" : "%.1f".formatted((lastFailure - from) / 1000.0),
                  slow));
    }
    md.append("\nAnswered scans per second:\n\n```\n");
    long[] perSecond = new long[seconds + 20];
    long[] failedPerSecond = new long[seconds + 20];
    for (Attempt attempt : all) {
      int second =
          (int) Math.min(perSecond.length - 1, (attempt.sentMs() + attempt.tookMs()) / 1000);
      if (attempt.result().startsWith("OK ")) {
        perSecond[second]++;
      } else {
        failedPerSecond[second]++;
      }
    }
    for (int s = 0; s < seconds + 1; s++) {
      md.append(
          String.format(
              Locale.ROOT, "%4d s %6d ok %5d failed%n", s, perSecond[s], failedPerSecond[s]));
    }
    md.append("```\n");
    Path file = out.resolve("faults-" + stamp + ".md");
    Files.writeString(file, md);
    System.out.println(md);
    System.out.println("Written to " + file.toAbsolutePath());
    if (!exact) {
      System.exit(1);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis + ThreadLocalRandom.current().nextLong(50));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
