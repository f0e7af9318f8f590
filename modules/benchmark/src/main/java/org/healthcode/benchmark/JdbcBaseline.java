package org.healthcode.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The database floor under the scan path: the same check-in row the scan records, inserted by a
 * plain JDBC loop, one autocommitted (durable) INSERT per row, on as many connections as wrk uses.
 * Not a load tool: a baseline measured in the same run, each latency kept and sorted.
 */
final class JdbcBaseline {

  private static final String INSERT =
      "INSERT INTO venue_check_in (entry_point_id, scan_id, person_id, document_hash,"
          + " scanned_at, outcome, reason, colour, temperature, fever, message)"
          + " VALUES (?, ?, ?, NULL, ?, 'ADMIT', 'GREEN_NORMAL_TEMPERATURE', 'GREEN', ?, FALSE,"
          + " 'Green code, normal temperature: admit')";

  private final Database database;
  private final int connections;
  private final int seconds;

  JdbcBaseline(Database database, int connections, int seconds) {
    this.database = database;
    this.connections = connections;
    this.seconds = seconds;
  }

  Map<String, Object> run(String prefix) throws Exception {
    long entryPoints;
    long persons;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT (SELECT MAX(id) FROM venue_entry_point), (SELECT MAX(id) FROM"
                    + " identity_person)")) {
      row.next();
      entryPoints = row.getLong(1);
      persons = row.getLong(2);
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> latencies = new ArrayList<>();
    long[] counts = new long[connections];
    CountDownLatch finished = new CountDownLatch(connections);
    List<Thread> workers = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < connections; t++) {
      int worker = t;
      long[] mine = new long[seconds * 20_000];
      latencies.add(mine);
      Thread thread =
          new Thread(
              () -> {
                try (Connection connection = database.connect();
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                  int n = 0;
                  while (System.nanoTime() < end && n < mine.length) {
                    long begin = System.nanoTime();
                    insert.setLong(1, 1 + (n * 7919L + worker) % entryPoints);
                    insert.setString(2, prefix + "-" + worker + "-" + n);
                    insert.setLong(3, 1 + (n * 104_729L + worker * 31L) % persons);
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.setBigDecimal(5, new BigDecimal("36.5"));
                    insert.executeUpdate();
                    mine[n++] = System.nanoTime() - begin;
                  }
                  counts[worker] = n;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                } finally {
                  finished.countDown();
                }
              });
      workers.add(thread);
      thread.start();
    }
    finished.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(latencies.get(t), 0, all, at, (int) counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requests", (double) total);
    result.put("ok", (double) total);
    result.put("errors", 0.0);
    result.put("throughput", total / elapsed);
    result.put("p50_us", percentile(all, 50));
    result.put("p95_us", percentile(all, 95));
    result.put("p99_us", percentile(all, 99));
    result.put("max_us", all.length == 0 ? 0.0 : all[all.length - 1] / 1000.0);
    result.put("connections", connections);
    result.put("load_after", Benchmark.loadAverage());
    System.out.printf(
        "%-44s %8.0f/s  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  load %s%n",
        "JDBC insert baseline, " + seconds + " s",
        total / elapsed,
        Benchmark.ms(result, "p50_us"),
        Benchmark.ms(result, "p95_us"),
        Benchmark.ms(result, "p99_us"),
        Benchmark.ms(result, "max_us"),
        result.get("load_after"));
    return result;
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1000.0;
  }
}
