package org.healthcode.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.CodeTokens;

/**
 * The load benchmark (docs/adr/0014): drives the running server over HTTP with wrk and a Lua
 * script, scenario by scenario, each after a warm-up whose figures are discarded, with the two
 * baselines (a no-op servlet on the same Liberty, a bare JDBC insert loop of the check-in row) in
 * the same run. Writes target/benchmark/results-*.md and .json.
 */
final class Benchmark {

  private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(-?[0-9.]+)");
  private static final Pattern FIRST_ERROR = Pattern.compile("\"first_error\":\"(.*)\"}");

  private final Database database;
  private final String url;
  private final int duration;
  private final int warmup;
  private final int connections;
  private final int threads;
  private final int devices;
  private final int citizens;
  private final int jdbcConnections;
  private final String serverName;
  private final Path out;
  private final String run;
  private final Random random = new Random(2020);
  private final HttpClient http = HttpClient.newHttpClient();
  private final CodeTokens tokens =
      new CodeTokens(HmacKeys.fromConfig("code token keys", DevelopmentKeys.statusCodeKeys()));
  private final Map<String, Map<String, Object>> results = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private long maxHeapUsedKiB;
  private Path lua;
  private final java.util.Set<String> only;
  private Probe probe;
  private final int runs;
  private final int idleSeconds;
  private final Path documents;
  private final List<long[]> scanPhases = new ArrayList<>();
  private int phases;

  Benchmark(Database database, Options options) {
    this.database = database;
    this.url = options.text("url", "http://127.0.0.1:9080");
    this.duration = options.integer("duration", 30);
    this.warmup = options.integer("warmup", 120);
    this.connections = options.integer("connections", 32);
    this.threads = options.integer("threads", 2);
    this.devices = options.integer("devices", 500);
    this.citizens = options.integer("citizens", 5000);
    this.jdbcConnections = options.integer("jdbc-connections", connections);
    this.serverName = options.text("server", "healthcode-bench");
    this.out = Path.of(options.text("out", "target/benchmark"));
    this.only =
        java.util.Set.of(options.text("only", "noop,gqlnoop,scan,issue,counts,jdbc").split(","));
    this.runs = options.integer("runs", 1);
    this.idleSeconds = options.integer("idle", 15);
    this.documents =
        Path.of(
            options.text("documents", "modules/app/src/main/webapp/WEB-INF/persisted-operations"));
    this.run = "r" + Long.toString(System.currentTimeMillis() / 1000, 36);
    this.probe = Probe.fromOptions(options, database);
  }

  void run() throws Exception {
    Files.createDirectories(out);
    lua = out.resolve("graphql.lua");
    try (InputStream in = Benchmark.class.getResourceAsStream("/benchmark/graphql.lua")) {
      Files.copy(in, lua, StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, Object> machine = machine();
    System.out.println("Machine: " + machine);

    List<byte[]> codes = new ArrayList<>();
    List<Colour> colours = new ArrayList<>();
    long persons;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      persons = single(statement, "SELECT COUNT(*) FROM identity_person");
      if (persons == 0) {
        throw new IllegalStateException(
            "no persons in " + database.name() + ": run bench.sh generate first");
      }
      // a node in a steady rush has the hot tables in the buffer pool: read them once
      single(statement, "SELECT SUM(LENGTH(name_encrypted)) FROM identity_person");
      single(statement, "SELECT COUNT(revoked_at) FROM identity_device_credential");
      single(statement, "SELECT SUM(venue_id) FROM venue_entry_point");
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT c.code_id, h.colour FROM status_code c JOIN status_health_code h"
                  + " ON h.person_id = c.person_id WHERE c.kind = 'DYNAMIC'"
                  + " AND c.revoked_at IS NULL")) {
        while (rows.next()) {
          codes.add(rows.getBytes(1));
          colours.add(Colour.valueOf(rows.getString(2)));
        }
      }
    }
    machine.put("persons", persons);
    System.out.printf("Data: %,d persons, %,d active app code ids%n", persons, codes.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);

    Path deviceTokens = signInDevices();
    Path[] citizenFiles = citizenTokens();
    if (probe.isEmpty()) {
      // one box: the Liberty server's and mariadbd's CPU and the database traffic (docs/adr/0041)
      probe = Probe.local(parsePid(serverPid()), mariadbPid(), database);
    }
    probe.measureIdle(probe.isCluster() ? 30 : idleSeconds);
    machine.put("idle_cpu_ms_per_s", probe.idleTicksPerSecond().toString());
    Path analyst = out.resolve("analyst.tokens");
    Files.writeString(
        analyst, Jwt.sign("staff:benchmark-analyst", List.of("ANALYST"), Map.of(), 1800) + "\n");
    String scanDocument = document("scan.graphql");
    String issueDocument = document("health-code-qr.graphql");

    // 1. the bare Liberty endpoint, and the GraphQL endpoint doing nothing
    for (String[] baseline :
        new String[][] {
          {"noop", "baseline: no-op servlet (GET /noop/noop)", "/noop/noop"},
          {"gqlnoop", "baseline: no-op GraphQL ({ __typename }, anonymous)", "/graphql"}
        }) {
      if (only.contains(baseline[0])) {
        measure(
            baseline[0],
            baseline[1],
            baseline[0],
            url + baseline[2],
            warm -> null,
            null,
            connections,
            null,
            null,
            warmup);
      }
    }
    // 2. the scan path: distinct fresh tokens per phase, persisted form and (scan-doc) document
    int[] next = {0};
    int scanForms = (only.contains("scan") ? 1 : 0) + (only.contains("scan-doc") ? 1 : 0);
    int perPhase = Math.max(1, (codes.size() - 1) / Math.max(1, scanForms * (runs + 1)));
    for (String key : List.of("scan", "scan-doc")) {
      if (!only.contains(key)) {
        continue;
      }
      boolean persisted = key.equals("scan");
      scanPhases.clear();
      Map<String, Object> scan =
          measure(
              key,
              "gate scan (mutation scan" + (persisted ? ", persisted" : ", document sent") + ")",
              "scan",
              url + "/graphql",
              warm ->
                  scanFile(
                      key + (warm ? "-warmup" : ""),
                      codes,
                      colours,
                      order,
                      next,
                      Math.min(perPhase, (warm ? warmup : duration) * 8_000)),
              deviceTokens,
              connections,
              scanDocument,
              persisted ? sha256(scanDocument) : null,
              warmup);
      durability(scan);
      heap(key);
    }
    // 3. code issue
    for (String key : List.of("issue", "issue-doc")) {
      if (!only.contains(key)) {
        continue;
      }
      boolean persisted = key.equals("issue");
      measure(
          key,
          "code issue (query healthCodeQr" + (persisted ? ", persisted" : ", document sent") + ")",
          "issue",
          url + "/graphql",
          warm -> citizenFiles[0],
          citizenFiles[1],
          connections,
          issueDocument,
          persisted ? sha256(issueDocument) : null,
          warmup);
      heap(key);
    }
    if (only.contains("counts")) {
      // 4. analyst counts, as a handful of analysts would ask
      measure(
          "counts",
          "analyst counts (query colourCounts), 4 connections",
          "counts",
          url + "/graphql",
          warm -> null,
          analyst,
          4,
          null,
          null,
          Math.min(warmup, 5));
      heap("counts");
    }
    if (only.contains("jdbc")) {
      // 5. the bare JDBC insert loop of the same check-in row
      new JdbcBaseline(database, jdbcConnections, warmup).run(run + "j");
      Map<String, Long> before = probe.read();
      long started = System.nanoTime();
      Map<String, Object> jdbc =
          new JdbcBaseline(database, jdbcConnections, duration).run(run + "k");
      jdbc.putAll(
          probe.between(
              before,
              probe.read(),
              Math.round(((Number) jdbc.get("ok")).doubleValue()),
              (System.nanoTime() - started) / 1e9));
      jdbc.put(
          "name",
          "baseline: JDBC INSERT of the check-in row, autocommit, " + jdbcConnections + " c");
      results.put("jdbc", jdbc);
    }
    machine.put("load_after", loadAverage());
    machine.put("heap_used_max_mib", maxHeapUsedKiB / 1024);
    if (probe.isCluster()) {
      writeCluster(machine);
    } else {
      write(machine);
    }
  }

  private Map<String, Object> machine() throws Exception {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("load_before", loadAverage());
    machine.put("cpu", cpuModel());
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin,"
                    + " @@innodb_buffer_pool_size")) {
      row.next();
      machine.put("mariadb", row.getString(1));
      machine.put("innodb_flush_log_at_trx_commit", row.getInt(2));
      machine.put("log_bin", row.getInt(4));
      machine.put("innodb_buffer_pool_mib", row.getLong(5) / 1024 / 1024);
      if (row.getInt(2) != 1) {
        notes.add("innodb_flush_log_at_trx_commit is not 1: scans are NOT durably recorded");
      }
    }
    machine.put("server_max_heap_mib", serverMaxHeapMiB());
    machine.put("connections", connections);
    machine.put("wrk_threads", threads);
    machine.put("duration_s", duration);
    machine.put("warmup_s", warmup);
    return machine;
  }

  private Path signInDevices() throws Exception {
    List<String> signedIn = ScanLoad.signInDevices(database, http, url, devices, 7);
    Path path = out.resolve("devices.tokens");
    Files.writeString(path, String.join("\n", signedIn) + "\n");
    System.out.printf(
        "Signed %d entry-point devices in over HTTP (deviceSignIn)%n", signedIn.size());
    return path;
  }

  private Path[] citizenTokens() throws Exception {
    StringBuilder personIds = new StringBuilder();
    StringBuilder auth = new StringBuilder();
    try (Connection connection = database.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT a.id, a.self_person_id FROM identity_account a"
                    + " JOIN status_health_code h ON h.person_id = a.self_person_id"
                    + " ORDER BY RAND(11) LIMIT ?")) {
      statement.setInt(1, citizens);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          personIds.append(rows.getLong(2)).append('\n');
          auth.append(Jwt.sign("citizen:" + rows.getLong(1), List.of("CITIZEN"), Map.of(), 1800))
              .append('\n');
        }
      }
    }
    Path items = out.resolve("issue.persons");
    Path tokensFile = out.resolve("issue.tokens");
    Files.writeString(items, personIds);
    Files.writeString(tokensFile, auth);
    System.out.printf("Minted %d CITIZEN bearer tokens (development key)%n", citizens);
    return new Path[] {items, tokensFile};
  }

  /** Fresh code tokens (5 minutes) for the next code ids; about 1 % with a fever reading. */
  private Path scanFile(
      String name,
      List<byte[]> codes,
      List<Colour> colours,
      List<Integer> order,
      int[] next,
      int count)
      throws IOException {
    StringBuilder file = new StringBuilder(count * 66);
    Instant now = Instant.now();
    for (int i = 0; i < count; i++) {
      int index = order.get(next[0]++);
      ByteBuffer id = ByteBuffer.wrap(codes.get(index));
      String token = tokens.issue(new CodeId(id.getLong(), id.getLong()), colours.get(index), now);
      String temperature =
          random.nextInt(100) == 0
              ? "38." + random.nextInt(10)
              : String.format(Locale.ROOT, "%.1f", 36.0 + random.nextInt(13) / 10.0);
      file.append(token).append('\t').append(temperature).append('\n');
    }
    Path path = out.resolve(name + ".requests");
    Files.writeString(path, file);
    return path;
  }

  /** The requests file of a phase (null: none), made just before it: scan tokens are fresh. */
  @FunctionalInterface
  private interface Items {
    Path of(boolean warmUp) throws Exception;
  }

  /**
   * One scenario: a warm-up whose figures are discarded, then {@code --runs} measured phases. The
   * scenario's figures are those of the run with the median throughput, with every run's throughput
   * and server CPU per operation beside them and the spread ((max - min) / median).
   */
  private Map<String, Object> measure(
      String key,
      String name,
      String scenario,
      String target,
      Items items,
      Path auth,
      int conns,
      String document,
      String hash,
      int warmSeconds)
      throws Exception {
    wrk(
        key + " (warm-up)",
        scenario,
        target,
        items.of(true),
        auth,
        conns,
        run + "w" + key,
        warmSeconds,
        document,
        hash);
    // the caches' hit rates over the measured scans (docs/adr/0038), warm-up left out
    CacheHitRates caches = scenario.equals("scan") ? new CacheHitRates(http, url) : null;
    if (caches != null) {
      caches.start();
    }
    List<Map<String, Object>> each = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      int phase = ++phases;
      String prefix = run + "m" + phase;
      Map<String, Object> one =
          wrk(
              key + (runs > 1 ? " run " + i : ""),
              scenario,
              target,
              items.of(false),
              auth,
              conns,
              prefix,
              duration,
              document,
              hash);
      if (scenario.equals("scan")) {
        scanPhases.add(new long[] {phase, Math.round((double) one.get("ok"))});
      }
      each.add(one);
    }
    List<Map<String, Object>> sorted = new ArrayList<>(each);
    sorted.sort(java.util.Comparator.comparingDouble(r -> (double) r.get("throughput")));
    Map<String, Object> result = new LinkedHashMap<>(sorted.get((sorted.size() - 1) / 2));
    double min = (double) sorted.get(0).get("throughput");
    double max = (double) sorted.get(sorted.size() - 1).get("throughput");
    double median = (double) result.get("throughput");
    result.put("runs", each.size());
    result.put("throughput_min", min);
    result.put("throughput_max", max);
    result.put("spread", median == 0 ? 0 : (max - min) / median);
    result.put(
        "per_run",
        each.stream()
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "%.0f/s %.3f ms",
                        (double) r.get("throughput"),
                        ((Number) r.getOrDefault("cpu_ms_per_op.liberty", 0.0)).doubleValue()))
            .toList()
            .toString());
    if (caches != null) {
      caches.end("the " + key + " phases", result);
    }
    result.put("name", name);
    results.put(key, result);
    return result;
  }

  private String document(String file) throws IOException {
    return Files.readString(documents.resolve(file)).stripTrailing();
  }

  static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jsonEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static long parsePid(String pid) {
    return pid == null ? -1 : Long.parseLong(pid.strip());
  }

  /** mariadbd's process id, from the server's own pid file, or -1 (another host, no access). */
  private long mariadbPid() {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT @@pid_file")) {
      row.next();
      return Long.parseLong(Files.readString(Path.of(row.getString(1))).strip());
    } catch (SQLException | IOException | RuntimeException e) {
      return -1;
    }
  }

  private Map<String, Object> wrk(
      String label,
      String scenario,
      String target,
      Path itemsFile,
      Path authFile,
      int conns,
      String prefix,
      int seconds,
      String document,
      String hash)
      throws Exception {
    String items = itemsFile == null ? "-" : itemsFile.toString();
    String auth = authFile == null ? "-" : authFile.toString();
    String loadBefore = loadAverage();
    List<String> command =
        List.of(
            "wrk",
            "-t" + Math.min(threads, conns),
            "-c" + conns,
            "-d" + seconds + "s",
            "--timeout",
            "10s",
            "-s",
            lua.toString(),
            target,
            "--",
            scenario,
            items,
            auth,
            prefix,
            Integer.toString(Math.min(threads, conns)),
            hash == null ? "-" : hash,
            document == null ? "-" : jsonEscaped(document));
    Map<String, Long> probed = probe.isEmpty() ? null : probe.read();
    long startedAt = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + output);
    }
    Map<String, Long> probedAfter = probe.isEmpty() ? null : probe.read();
    String line =
        output
            .lines()
            .filter(l -> l.startsWith("RESULT "))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no RESULT from wrk: " + output));
    Map<String, Object> result = new LinkedHashMap<>();
    Matcher matcher = NUMBER.matcher(line);
    while (matcher.find()) {
      result.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
    }
    Matcher firstError = FIRST_ERROR.matcher(line);
    if (firstError.find() && !firstError.group(1).isEmpty()) {
      result.put("first_error", firstError.group(1));
    }
    double rate = (double) result.get("ok") / ((double) result.get("duration_us") / 1e6);
    if (result.containsKey("bytes_read") && (double) result.get("requests") > 0) {
      result.put(
          "http_bytes_per_op",
          ((double) result.get("bytes_sent") + (double) result.get("bytes_read"))
              / (double) result.get("requests"));
    }
    result.put("throughput", rate);
    result.put("connections", conns);
    result.put("load_before", loadBefore);
    result.put("load_after", loadAverage());
    if (probed != null) {
      Map<String, Object> cost =
          probe.between(
              probed,
              probedAfter,
              Math.round((double) result.get("ok")),
              (System.nanoTime() - startedAt) / 1e9);
      result.putAll(cost);
      System.out.printf("  cost: %s%n", cost);
    }
    System.out.printf(
        "%-44s %8.0f/s  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  errors %.0f%s  load %s%n",
        label,
        rate,
        ms(result, "p50_us"),
        ms(result, "p95_us"),
        ms(result, "p99_us"),
        ms(result, "max_us"),
        (double) result.get("errors") + (double) result.get("socket_errors"),
        result.containsKey("first_error") ? " (" + result.get("first_error") + ")" : "",
        result.get("load_after"));
    return result;
  }

  /**
   * Every scan answered OK must be a row; a row more per connection may be in flight at the end.
   */
  private void durability(Map<String, Object> scan) throws SQLException {
    long rows = 0;
    long ok = 0;
    boolean durable = true;
    try (Connection connection = database.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM venue_check_in WHERE scan_id LIKE ?")) {
      for (long[] phase : scanPhases) {
        statement.setString(1, run + "m" + phase[0] + "-%");
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          long phaseRows = row.getLong(1);
          rows += phaseRows;
          ok += phase[1];
          durable &= phaseRows >= phase[1] && phaseRows - phase[1] <= connections;
        }
      }
    }
    scan.put("recorded_rows", rows);
    scan.put("answered_ok_all_runs", ok);
    scan.put("every_scan_recorded", durable);
    System.out.printf(
        "Durability: %,d scans answered OK, %,d check-in rows of these phases (%s)%n",
        ok, rows, durable ? "every answered scan is recorded" : "MISMATCH");
  }

  private void heap(String after) {
    long used = serverHeapUsedKiB();
    maxHeapUsedKiB = Math.max(maxHeapUsedKiB, used);
    results.get(after).put("heap_used_mib", used / 1024);
  }

  private String serverPid() {
    try {
      Process process = new ProcessBuilder("jcmd", "-l").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return output
          .lines()
          // this checkout's server: another checkout on the box may run one of the same name
          .filter(l -> l.contains("ws-server.jar") && l.contains(serverName))
          .sorted(
              java.util.Comparator.comparing(
                  (String l) -> !l.contains(Path.of("").toAbsolutePath().toString())))
          .map(l -> l.split(" ")[0])
          .findFirst()
          .orElse(null);
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  private String jcmd(String what) {
    String pid = serverPid();
    if (pid == null) {
      return "";
    }
    try {
      Process process = new ProcessBuilder("jcmd", pid, what).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return output;
    } catch (IOException | InterruptedException e) {
      return "";
    }
  }

  private long serverHeapUsedKiB() {
    Matcher matcher = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
  }

  private long serverMaxHeapMiB() {
    Matcher matcher = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd("VM.flags"));
    return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 / 1024 : -1;
  }

  private String graphql(String query, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  static double ms(Map<String, Object> result, String key) {
    return ((Number) result.get(key)).doubleValue() / 1000.0;
  }

  private void write(Map<String, Object> machine) throws IOException {
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark ").append(stamp).append(" UTC\n\n");
    md.append(
        ("Machine: %s cores (%s), MariaDB %s, innodb_flush_log_at_trx_commit=%s, buffer pool %s MiB;"
                + " server -Xmx %s MiB, heap used at most %s MiB (jcmd GC.heap_info after each"
                + " scenario); %,d persons loaded; load average before %s, after %s; idle CPU"
                + " before the scenarios (ticks/s): %s.\n\n")
            .formatted(
                machine.get("cores"),
                machine.get("cpu"),
                machine.get("mariadb"),
                machine.get("innodb_flush_log_at_trx_commit"),
                machine.get("innodb_buffer_pool_mib"),
                machine.get("server_max_heap_mib"),
                machine.get("heap_used_max_mib"),
                (long) machine.get("persons"),
                machine.get("load_before"),
                machine.get("load_after"),
                machine.get("idle_cpu_ms_per_s")));
    md.append(
        ("wrk %d threads, %d connections (counts: 4), %d s measured after %d s warm-up per"
                + " scenario, %d run(s) each (figures of the median run); latencies in ms. CPU:"
                + " ms per operation from /proc utime+stime over the measured phase, less the"
                + " process's idle rate; mariadbd is shared with other databases on this server."
                + " Bytes: HTTP request+response per operation (wrk), database Bytes_received+sent"
                + " per operation (SHOW GLOBAL STATUS).\n\n")
            .formatted(threads, connections, duration, warmup, runs));
    md.append(
        "| scenario | throughput /s | p50 | p99 | max | errors | server CPU ms/op | DB CPU ms/op"
            + " | HTTP B/op | DB B/op | spread | load during |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Map<String, Object> result : results.values()) {
      md.append(
          ("| %s | %,.0f | %.2f | %.2f | %.2f | %.0f | %s | %s | %s | %s | %s | %s |\n")
              .formatted(
                  result.get("name"),
                  (double) result.get("throughput"),
                  ms(result, "p50_us"),
                  ms(result, "p99_us"),
                  ms(result, "max_us"),
                  ((Number) result.get("errors")).doubleValue()
                      + ((Number) result.getOrDefault("socket_errors", 0.0)).doubleValue(),
                  figure(result, "cpu_ms_per_op.liberty", "%.3f"),
                  figure(result, "cpu_ms_per_op.mariadbd", "%.3f"),
                  figure(result, "http_bytes_per_op", "%,.0f"),
                  figure(result, "db_bytes_per_op", "%,.0f"),
                  runs > 1 ? figure(result, "spread", "%.2f") : "-",
                  result.get("load_after")));
    }
    if (runs > 1) {
      md.append("\nEach run (throughput, server CPU ms/op):\n\n");
      for (Map.Entry<String, Map<String, Object>> entry : results.entrySet()) {
        if (entry.getValue().containsKey("per_run")) {
          md.append("- ")
              .append(entry.getKey())
              .append(": ")
              .append(entry.getValue().get("per_run"))
              .append('\n');
        }
      }
    }
    Map<String, Object> noop = results.get("noop");
    Map<String, Object> gqlnoop = results.get("gqlnoop");
    md.append('\n');
    for (String key : List.of("scan", "scan-doc", "issue", "issue-doc", "counts")) {
      Map<String, Object> result = results.get(key);
      if (result == null) {
        continue;
      }
      double rate = (double) result.get("throughput");
      md.append("- ").append(key).append(": ");
      if (noop != null) {
        md.append("%.3f of the no-op servlet".formatted(rate / (double) noop.get("throughput")));
      }
      if (gqlnoop != null) {
        md.append(noop != null ? ", " : "");
        md.append(
            "%.3f of the no-op GraphQL request"
                .formatted(rate / (double) gqlnoop.get("throughput")));
      }
      md.append('\n');
    }
    for (String key : List.of("scan", "scan-doc")) {
      Map<String, Object> scan = results.get(key);
      if (scan != null) {
        md.append(
            ("\n%s outcomes (median run): %.0f ADMIT, %.0f DENY, %.0f REFER; %,d check-in rows for"
                    + " %,d OK answers in all its measured runs (every answered scan recorded:"
                    + " %s).\n")
                .formatted(
                    key,
                    (double) scan.get("admit"),
                    (double) scan.get("deny"),
                    (double) scan.get("refer"),
                    (long) scan.get("recorded_rows"),
                    (long) scan.get("answered_ok_all_runs"),
                    scan.get("every_scan_recorded")));
      }
    }
    md.append("\nTargets:\n\n");
    Map<String, Object> scan = results.get("scan");
    if (scan != null) {
      boolean recorded =
          (boolean) scan.get("every_scan_recorded")
              && ((Number) scan.get("errors")).doubleValue() == 0;
      double scanRate = (double) scan.get("throughput");
      md.append(
          floor(
              "floor (DESIGN §7): scans >= 2,000/s, p99 <= 50 ms, every scan recorded",
              scanRate >= 2000 && ms(scan, "p99_us") <= 50 && recorded));
      md.append(
          floor(
              "issue 18: scans >= 4,000/s, p99 <= 20 ms, every scan recorded",
              scanRate >= 4000 && ms(scan, "p99_us") <= 20 && recorded));
    }
    Map<String, Object> issue = results.get("issue");
    if (issue != null) {
      double issueRate = (double) issue.get("throughput");
      boolean clean = ((Number) issue.get("errors")).doubleValue() == 0;
      md.append(floor("floor (DESIGN §7): code issues >= 2,000/s", issueRate >= 2000 && clean));
      md.append(floor("issue 18: code issues >= 4,000/s", issueRate >= 4000 && clean));
    }
    Map<String, Object> counts = results.get("counts");
    if (counts != null) {
      md.append(
          floor(
              "analyst counts <= 50 ms (p99) with %,d persons"
                  .formatted((long) machine.get("persons")),
              ms(counts, "p99_us") <= 50));
    }
    md.append(
        floor(
            "server heap <= 512 MiB (used %s MiB, -Xmx %s MiB)"
                .formatted(machine.get("heap_used_max_mib"), machine.get("server_max_heap_mib")),
            (long) machine.get("heap_used_max_mib") <= 512
                && (long) machine.get("server_max_heap_mib") <= 512));
    for (String note : notes) {
      md.append("\nNote: ").append(note).append('\n');
    }
    StringBuilder json = new StringBuilder("{\"machine\":").append(toJson(machine));
    json.append(",\"results\":{");
    boolean first = true;
    for (Map.Entry<String, Map<String, Object>> entry : results.entrySet()) {
      json.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":");
      json.append(toJson(entry.getValue()));
      first = false;
    }
    json.append("}}\n");
    Path markdown = out.resolve("results-" + stamp + ".md");
    Files.writeString(markdown, md);
    Files.writeString(out.resolve("results-" + stamp + ".json"), json);
    System.out.println();
    System.out.println(md);
    System.out.println("Results written to " + markdown.toAbsolutePath() + " (and .json)");
  }

  private static String figure(Map<String, Object> result, String key, String format) {
    Object value = result.get(key);
    return value instanceof Number number
        ? String.format(Locale.ROOT, format, number.doubleValue())
        : "-";
  }

  /**
   * A cluster run (bench.sh cluster): no single-server baselines, but what each process spent per
   * operation and the Galera conflicts per 10,000 operations.
   */
  private void writeCluster(Map<String, Object> machine) throws IOException {
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    StringBuilder md = new StringBuilder("# Cluster benchmark " + stamp + " UTC\n\n");
    md.append(
        "Machine: %s cores (%s), MariaDB %s on node 1 (innodb_flush_log_at_trx_commit=%s),"
                .formatted(
                    machine.get("cores"),
                    machine.get("cpu"),
                    machine.get("mariadb"),
                    machine.get("innodb_flush_log_at_trx_commit"))
            + " %,d persons; through %s; wrk %d threads, %d connections, %d s after %d s warm-up;"
                .formatted(
                    (long) machine.get("persons"), url, threads, connections, duration, warmup)
            + " load average before %s, after %s.\n\n"
                .formatted(machine.get("load_before"), machine.get("load_after")));
    md.append("| scenario | throughput /s | p50 | p99 | max | errors | machine busy |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> result : results.values()) {
      md.append(
          "| %s | %,.0f | %.2f | %.2f | %.2f | %.0f | %.0f %% |\n"
              .formatted(
                  result.get("name"),
                  (double) result.get("throughput"),
                  ms(result, "p50_us"),
                  ms(result, "p99_us"),
                  ms(result, "max_us"),
                  ((Number) result.get("errors")).doubleValue()
                      + ((Number) result.getOrDefault("socket_errors", 0.0)).doubleValue(),
                  100 * ((Number) result.getOrDefault("machine_busy_share", 0.0)).doubleValue()));
    }
    md.append(
        "\nCPU per operation (ms) by process, less what the process spends idle (measured for"
            + " 30 s before the scenarios), and Galera conflicts:\n\n");
    for (Map.Entry<String, Map<String, Object>> entry : results.entrySet()) {
      StringBuilder line = new StringBuilder("- " + entry.getKey() + ":");
      for (Map.Entry<String, Object> figure : entry.getValue().entrySet()) {
        if (figure.getKey().startsWith("cpu_ms_per_op.")) {
          line.append(
              " %s %.3f"
                  .formatted(
                      figure.getKey().substring("cpu_ms_per_op.".length()),
                      ((Number) figure.getValue()).doubleValue()));
        }
      }
      Object conflicts = entry.getValue().get("conflicts_per_10k_ops");
      if (conflicts != null) {
        line.append(
            "; cert failures %s, BF aborts %s, %.1f per 10,000 operations"
                .formatted(
                    entry.getValue().get("cert_failures"),
                    entry.getValue().get("bf_aborts"),
                    ((Number) conflicts).doubleValue()));
      }
      md.append(line).append('\n');
    }
    Map<String, Object> scan = results.get("scan");
    if (scan != null && scan.containsKey("recorded_rows")) {
      md.append(
          "\nScans: %,.0f answered OK, %,d check-in rows of the run (every answered scan recorded: %s).\n"
              .formatted(
                  (double) scan.get("ok"),
                  (long) scan.get("recorded_rows"),
                  scan.get("every_scan_recorded")));
    }
    for (String note : notes) {
      md.append("\nNote: ").append(note).append('\n');
    }
    Path markdown = out.resolve("cluster-" + stamp + ".md");
    Files.writeString(markdown, md);
    System.out.println();
    System.out.println(md);
    System.out.println("Results written to " + markdown.toAbsolutePath());
  }

  private static String floor(String what, boolean met) {
    return "- " + (met ? "MET" : "NOT MET") + ": " + what + "\n";
  }

  private static String toJson(Map<String, Object> map) {
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      json.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":");
      Object value = entry.getValue();
      if (value instanceof Number || value instanceof Boolean) {
        json.append(value);
      } else {
        json.append('"')
            .append(String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\""))
            .append('"');
      }
      first = false;
    }
    return json.append('}').toString();
  }
}
