package org.healthcode.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a measured phase cost: CPU time of each named process (on one box the Liberty server and
 * mariadbd; on a cluster the Liberty nodes, the Galera nodes, HAProxy) from /proc, the whole
 * machine's busy time, the database server's {@code Bytes_received}/{@code Bytes_sent} and, on a
 * cluster, each Galera node's conflict counters ({@code wsrep_local_cert_failures}, {@code
 * wsrep_local_bf_aborts}) and commits, before and after (docs/adr/0041).
 *
 * @param pids name to process id, e.g. app1=1234,db1=2345
 * @param galeraPorts the Galera nodes' MariaDB ports, asked as root over loopback
 * @param database the one database server whose traffic counters are read, or null
 */
record Probe(
    Map<String, Long> pids,
    List<Integer> galeraPorts,
    String user,
    String password,
    Map<String, Double> idleTicksPerSecond,
    Database database) {

  private static final List<String> COUNTERS =
      List.of("wsrep_local_cert_failures", "wsrep_local_bf_aborts", "wsrep_local_commits");

  private static final List<String> TRAFFIC = List.of("Bytes_received", "Bytes_sent");

  /** From {@code --probe-pids} and {@code --probe-galera}; empty when neither is given. */
  static Probe fromOptions(Options options, Database database) {
    Map<String, Long> pids = new LinkedHashMap<>();
    String given = options.text("probe-pids", "");
    for (String pair : given.isBlank() ? new String[0] : given.split(",")) {
      String[] parts = pair.split("=");
      pids.put(parts[0], Long.parseLong(parts[1]));
    }
    String ports = options.text("probe-galera", "");
    return new Probe(
        pids,
        ports.isBlank()
            ? List.of()
            : java.util.Arrays.stream(ports.split(",")).map(Integer::parseInt).toList(),
        database.user(),
        database.password(),
        new LinkedHashMap<>(),
        null);
  }

  /**
   * One box (bench.sh run): the Liberty server's and mariadbd's CPU and the database server's
   * traffic. The database server is shared with whatever else runs on it: its figures include that.
   */
  static Probe local(long serverPid, long databasePid, Database database) {
    Map<String, Long> pids = new LinkedHashMap<>();
    if (serverPid > 0) {
      pids.put("liberty", serverPid);
    }
    if (databasePid > 0) {
      pids.put("mariadbd", databasePid);
    }
    return new Probe(
        pids, List.of(), database.user(), database.password(), new LinkedHashMap<>(), database);
  }

  /**
   * Measures what each process spends with no load for {@code seconds} (JIT and GC threads, the
   * jobs, health checks), to be taken off each phase: on a cluster of three JVMs on two cores that
   * fixed cost is a large part of the total at low rates.
   */
  void measureIdle(int seconds) throws InterruptedException {
    Map<String, Long> before = read();
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    Map<String, Long> after = read();
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (String name : pids.keySet()) {
      Long from = before.get("cpu." + name);
      Long to = after.get("cpu." + name);
      if (from != null && to != null && from >= 0 && to >= 0) {
        idleTicksPerSecond.put(name, (to - from) / elapsed);
      }
    }
    System.out.printf(
        "Idle CPU per process (ms per s): %s%n",
        idleTicksPerSecond.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + " "
                        + String.format(java.util.Locale.ROOT, "%.0f", e.getValue() * 10))
            .toList());
  }

  boolean isEmpty() {
    return pids.isEmpty() && galeraPorts.isEmpty() && database == null;
  }

  /** Whether this probes a cluster (conflict counters), not one box. */
  boolean isCluster() {
    return !galeraPorts.isEmpty();
  }

  /** A reading: CPU ticks per process, machine busy and total ticks, counters per node. */
  Map<String, Long> read() {
    Map<String, Long> reading = new LinkedHashMap<>();
    for (Map.Entry<String, Long> process : pids.entrySet()) {
      reading.put("cpu." + process.getKey(), processTicks(process.getValue()));
    }
    long[] machine = machineTicks();
    reading.put("machine.busy", machine[0]);
    reading.put("machine.total", machine[1]);
    if (database != null) {
      try (Connection connection = database.connect()) {
        status(connection, TRAFFIC, "db.", reading);
      } catch (SQLException e) {
        reading.put("db.unreachable", 1L);
      }
    }
    for (int port : galeraPorts) {
      try (Connection connection =
          DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, password)) {
        status(connection, COUNTERS, port + ".", reading);
      } catch (SQLException e) {
        reading.put(port + ".unreachable", 1L);
      }
    }
    return reading;
  }

  /** The server's global status counters of these names, each under prefix + name. */
  private static void status(
      Connection connection, List<String> names, String prefix, Map<String, Long> reading)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                    + String.join("','", names)
                    + "')")) {
      while (rows.next()) {
        reading.put(prefix + rows.getString(1), rows.getLong(2));
      }
    }
  }

  /**
   * The phase's figures for {@code operations} operations: CPU ms per operation of each process,
   * the machine's busy share, conflicts per 10,000 operations.
   */
  Map<String, Object> between(
      Map<String, Long> before, Map<String, Long> after, long operations, double seconds) {
    Map<String, Object> figures = new LinkedHashMap<>();
    double ops = Math.max(1, operations);
    for (String name : pids.keySet()) {
      Long start = before.get("cpu." + name);
      Long end = after.get("cpu." + name);
      if (start != null && end != null && start >= 0 && end >= 0) {
        // clock ticks are 10 ms; the net figure leaves out what the process spends idle
        double ticks = end - start;
        double net = Math.max(0, ticks - idleTicksPerSecond.getOrDefault(name, 0.0) * seconds);
        figures.put("cpu_ms_per_op." + name, net * 10.0 / ops);
        figures.put("cpu_ms_per_op_raw." + name, ticks * 10.0 / ops);
        figures.put("cpu_s." + name, ticks / 100.0);
      }
    }
    if (database != null && before.containsKey("db.Bytes_sent")) {
      figures.put(
          "db_bytes_per_op",
          (delta(before, after, "db.Bytes_received") + delta(before, after, "db.Bytes_sent"))
              / ops);
    }
    long busy = after.get("machine.busy") - before.get("machine.busy");
    long total = after.get("machine.total") - before.get("machine.total");
    figures.put("machine_busy_share", total == 0 ? 0 : (double) busy / total);
    long certFailures = 0;
    long bfAborts = 0;
    long commits = 0;
    for (int port : galeraPorts) {
      certFailures += delta(before, after, port + ".wsrep_local_cert_failures");
      bfAborts += delta(before, after, port + ".wsrep_local_bf_aborts");
      long nodeCommits = delta(before, after, port + ".wsrep_local_commits");
      commits += nodeCommits;
      figures.put("local_commits." + port, nodeCommits);
    }
    if (!galeraPorts.isEmpty()) {
      figures.put("cert_failures", certFailures);
      figures.put("bf_aborts", bfAborts);
      figures.put("local_commits", commits);
      figures.put("conflicts_per_10k_ops", (certFailures + bfAborts) * 10_000.0 / ops);
    }
    return figures;
  }

  private static long delta(Map<String, Long> before, Map<String, Long> after, String key) {
    Long start = before.get(key);
    Long end = after.get(key);
    return start == null || end == null ? 0 : end - start;
  }

  /** utime + stime of the process, in clock ticks; -1 when it is gone. */
  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the name: state is [0], utime is [11], stime [12]
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The machine's busy and total ticks since boot (/proc/stat, all CPUs). */
  private static long[] machineTicks() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }
}
