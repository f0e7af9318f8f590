package org.healthcode.app.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Timers and the notification outbox with several nodes sweeping: the lease lets one node run the
 * jobs, and the operators' sweep, run on every node at once, still fires each timer once, because
 * firing it is a write certification arbitrates.
 */
class JobsAcrossNodesClusterIT {

  private static final String ADMIN = TestTokens.valid("staff:cluster-admin", List.of("ADMIN"));

  @Test
  void observationTimers_SweptByEveryNodeAtOnce_FireOnceAndNotifyOnce() throws Exception {
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int node = i % Cluster.APP_NODES + 1;
      holders.add(Cluster.on(node, () -> Holders.withColour("ORANGE")));
    }

    // the observations end after 20 s (the cluster profile's setting): sweep on every node at
    // once, again and again, while the lease holder's own job sweeps every 2 s
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (!allGreen(holders) && System.nanoTime() < deadline) {
      for (Response swept :
          Cluster.onEveryNodeAtOnce("mutation { runObservationTimers }", Map.of(), ADMIN)) {
        assertThat(swept.getErrors()).isNullOrEmpty();
      }
      Thread.sleep(300);
    }

    for (Holder holder : holders) {
      long person = Long.parseLong(holder.personId());
      assertThat(
              Cluster.queryLongOnEveryNode(
                  "SELECT colour = 'GREEN' FROM status_health_code WHERE person_id = ?", person))
          .as("GREEN: person " + person)
          .isEqualTo(1);
      assertThat(
              Cluster.queryLongOnEveryNode(
                  "SELECT COUNT(*) FROM status_colour_change WHERE person_id = ? AND cause = 'TIMER'",
                  person))
          .as("timer changes of person " + person)
          .isEqualTo(1);
      assertThat(
              Cluster.queryLongOnEveryNode(
                  "SELECT COUNT(*) FROM status_notification WHERE person_id = ?", person))
          .as("one notification per change of person " + person)
          .isEqualTo(2);
    }

    // every notification is delivered, by one node, once
    deadline = System.nanoTime() + 30_000_000_000L;
    while (undelivered(holders) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(undelivered(holders)).isZero();
    for (Holder holder : holders) {
      assertThat(deliveriesLogged(holder.personId()))
          .as("deliveries logged for person " + holder.personId())
          .isEqualTo(2);
    }
  }

  private static boolean allGreen(List<Holder> holders) throws Exception {
    for (Holder holder : holders) {
      if (Cluster.queryLong(
              1,
              "SELECT COUNT(*) FROM status_health_code WHERE person_id = ? AND colour = 'GREEN'",
              Long.parseLong(holder.personId()))
          == 0) {
        return false;
      }
    }
    return true;
  }

  private static long undelivered(List<Holder> holders) throws Exception {
    long count = 0;
    for (Holder holder : holders) {
      count +=
          Cluster.queryLong(
              1,
              "SELECT COUNT(*) FROM status_notification WHERE person_id = ? AND delivered_at IS NULL",
              Long.parseLong(holder.personId()));
    }
    return count;
  }

  /**
   * Deliveries of the person's (two) notifications in every node's log: without a push webhook the
   * channel logs each delivery once, by notification id and kind only (no person, no reason).
   */
  private static long deliveriesLogged(String personId) throws Exception {
    long person = Long.parseLong(personId);
    long first =
        Cluster.queryLong(1, "SELECT MIN(id) FROM status_notification WHERE person_id = ?", person);
    long last =
        Cluster.queryLong(1, "SELECT MAX(id) FROM status_notification WHERE person_id = ?", person);
    Pattern line = Pattern.compile("notification #(" + first + "|" + last + ") \\(");
    long count = 0;
    for (int n = 1; n <= Cluster.APP_NODES; n++) {
      Path log = Cluster.logOf(n);
      try (Stream<String> lines = Files.lines(log)) {
        count += lines.filter(text -> line.matcher(text).find()).count();
      }
    }
    return count;
  }
}
