package org.healthcode.app.it.cluster;

import io.smallrye.graphql.client.Response;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Venues;

/**
 * The local cluster the cluster profile starts (cluster/cluster.sh): its Liberty nodes one by one,
 * HAProxy (where {@link Api} sends by default) and its Galera nodes, for black-box tests that send
 * requests to chosen nodes and check what every database node holds.
 */
final class Cluster {

  static final int APP_NODES = 3;
  static final int DB_NODES = 3;

  private Cluster() {}

  /** Liberty node {@code n} (1-based). */
  static URI node(int n) {
    int first = Integer.getInteger("healthcode.cluster.httpPort", 9481);
    return URI.create("http://127.0.0.1:" + (first + n - 1) + "/");
  }

  /** The messages.log of Liberty node {@code n}. */
  static java.nio.file.Path logOf(int n) {
    return java.nio.file.Path.of(
        System.getProperty("healthcode.cluster.dir"),
        "app" + n,
        "servers",
        "healthcode-cluster",
        "logs",
        "messages.log");
  }

  /** Runs {@code work} with its requests sent to Liberty node {@code n}. */
  static <T> T on(int n, Callable<T> work) {
    return Api.on(
        node(n),
        () -> {
          try {
            return work.call();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** One GraphQL request to Liberty node {@code n}. */
  static Response graphql(int n, String document, Map<String, Object> variables, String token) {
    return on(n, () -> Api.graphql(document, variables, token));
  }

  /**
   * A connection to Galera node {@code n} whose reads wait until the node has applied every write
   * the cluster committed before them ({@code wsrep_sync_wait}), so that what it shows is current.
   */
  static Connection database(int n) throws SQLException {
    int first = Integer.getInteger("healthcode.cluster.dbPort", 3331);
    Connection connection =
        DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + (first + n - 1) + "/healthcode", "root", "");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION wsrep_sync_wait = 1");
    }
    return connection;
  }

  /** The single number a query gives on Galera node {@code n}. */
  static long queryLong(int n, String sql, Object... parameters) throws SQLException {
    try (Connection connection = database(n)) {
      return Venues.queryLong(connection, sql, parameters);
    }
  }

  /** The same number on every Galera node, or the test fails naming the node that differs. */
  static long queryLongOnEveryNode(String sql, Object... parameters) throws SQLException {
    long first = queryLong(1, sql, parameters);
    for (int n = 2; n <= DB_NODES; n++) {
      long other = queryLong(n, sql, parameters);
      if (other != first) {
        throw new AssertionError(
            "Galera node 1 says " + first + ", node " + n + " says " + other + " for " + sql);
      }
    }
    return first;
  }

  /**
   * Runs the calls at the same moment, each on a thread of its own released together, and returns
   * their results in order.
   */
  static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** The same request to every Liberty node at the same moment; their responses by node. */
  static List<Response> onEveryNodeAtOnce(
      String document, Map<String, Object> variables, String token) throws Exception {
    List<Callable<Response>> calls = new ArrayList<>();
    for (int n = 1; n <= APP_NODES; n++) {
      int node = n;
      calls.add(() -> graphql(node, document, variables, token));
    }
    return atOnce(calls);
  }
}
