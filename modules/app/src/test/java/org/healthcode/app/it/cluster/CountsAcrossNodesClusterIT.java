package org.healthcode.app.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * The analysts' counts stay exact when every node changes colours and records scans at once: each
 * node adds to its own slot of a counter, the reads sum the slots.
 */
class CountsAcrossNodesClusterIT {

  private static final String ANALYST =
      TestTokens.valid("staff:cluster-analyst", List.of("ANALYST"));

  @Test
  void colourCounts_AfterConcurrentChangesOnEveryNode_EqualTheCodesThemselves() throws Exception {
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int node = i % Cluster.APP_NODES + 1;
      holders.add(Cluster.on(node, Holders::newHolder));
    }

    // every holder declares at once, a third on each node, a cough for every other one
    List<Callable<Object>> declarations = new ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      Holder holder = holders.get(i);
      String colour = i % 2 == 0 ? "ORANGE" : "GREEN";
      int node = i % Cluster.APP_NODES + 1;
      declarations.add(
          () -> {
            Cluster.on(
                node,
                () -> {
                  Holders.declare(holder, colour);
                  return null;
                });
            return null;
          });
    }
    Cluster.atOnce(declarations);
    for (int i = 0; i < holders.size(); i++) {
      Holder holder = holders.get(i);
      String colour = i % 2 == 0 ? "ORANGE" : "GREEN";
      Cluster.on(i % Cluster.APP_NODES + 1, () -> Holders.awaitColour(holder, colour));
    }

    // the holders live in Heping (Citizens.residentPerson): the counts there equal the codes
    // themselves, read in one statement (one snapshot) on each database node, and as analysts see
    // them on each node (retried while other tests' timers may change a code in between)
    for (String colour : List.of("GREEN", "ORANGE", "RED")) {
      assertThat(
              Cluster.queryLongOnEveryNode(
                  "SELECT (SELECT COUNT(*) FROM status_health_code h JOIN identity_person p"
                      + " ON p.id = h.person_id WHERE h.colour = ? AND p.home_district = 'HEPING')"
                      + " - (SELECT COALESCE(SUM(count), 0) FROM status_count_now"
                      + " WHERE colour = ? AND district = 'HEPING')",
                  colour,
                  colour))
          .as(colour + " in HEPING: codes less counted")
          .isZero();
      for (int n = 1; n <= Cluster.APP_NODES; n++) {
        long codes = 0;
        JsonObject bucket = null;
        for (int attempt = 0; attempt < 20; attempt++) {
          codes =
              Cluster.queryLong(
                  n,
                  "SELECT COUNT(*) FROM status_health_code h JOIN identity_person p"
                      + " ON p.id = h.person_id WHERE h.colour = ? AND p.home_district = 'HEPING'",
                  colour);
          bucket = heping(n, colour);
          if (codes < 5 || bucket.getJsonNumber("count").longValue() == codes) {
            break;
          }
          Thread.sleep(500);
        }
        if (codes >= 5) {
          assertThat(bucket.getJsonNumber("count").longValue())
              .as(colour + " in HEPING on node " + n)
              .isEqualTo(codes);
        } else {
          assertThat(bucket.getBoolean("suppressed")).isTrue();
        }
      }
    }
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COUNT(DISTINCT slot) FROM status_count_now WHERE district = 'HEPING'"))
        .as("the nodes' slots in use")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void scanStatistics_AfterScansOnEveryNodeAtOnce_CountEveryScanOnce() throws Exception {
    Device gate = Venues.newDevice("SHOPPING_MALL", "HEXI");
    Holder holder = Cluster.on(1, () -> Holders.withColour("GREEN"));
    int perNode = 15;
    Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS);

    List<Callable<Integer>> nodes = new ArrayList<>();
    for (int n = 1; n <= Cluster.APP_NODES; n++) {
      int node = n;
      nodes.add(
          () ->
              Cluster.on(
                  node,
                  () -> {
                    int answered = 0;
                    for (int i = 0; i < perNode; i++) {
                      Response scanned =
                          Venues.scan(
                              gate,
                              "count-" + node + "-" + i + "-" + UUID.randomUUID(),
                              Holders.appCode(holder),
                              i % 5 == 0 ? "38.0" : "36.5");
                      assertThat(scanned.getErrors()).isNullOrEmpty();
                      answered++;
                    }
                    return answered;
                  }));
    }
    assertThat(Cluster.atOnce(nodes)).containsOnly(perNode);

    int total = perNode * Cluster.APP_NODES;
    long venue = Long.parseLong(gate.venue());
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COALESCE(SUM(scans), 0) FROM venue_scan_hour WHERE venue_id = ?", venue))
        .isEqualTo(total);
    JsonObject hour =
        data(
                Api.graphql(
                    "query($v: ID!, $f: DateTime!, $t: DateTime!) { venueScanStatistics(venueId: $v,"
                        + " from: $f, to: $t) { edges { node { scans admits referrals } } } }",
                    Map.of(
                        "v",
                        gate.venue(),
                        "f",
                        from.toString(),
                        "t",
                        from.plus(2, ChronoUnit.HOURS).toString()),
                    gate.operator()),
                "venueScanStatistics")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    // the scans of one hour; a run across the hour's end splits them over two
    int shown = hour.getInt("scans");
    assertThat(shown).isBetween(1, total);
    if (Instant.now().truncatedTo(ChronoUnit.HOURS).equals(from)) {
      assertThat(shown).isEqualTo(total);
      assertThat(hour.getInt("referrals")).isEqualTo(3 * Cluster.APP_NODES);
      assertThat(hour.getInt("admits")).isEqualTo(total - 3 * Cluster.APP_NODES);
    }
  }

  private static JsonObject heping(int node, String colour) {
    Response response =
        Cluster.graphql(
            node, "{ colourCounts { colour district count suppressed } }", Map.of(), ANALYST);
    assertThat(response.getErrors()).isNullOrEmpty();
    return response.getData().getJsonArray("colourCounts").getValuesAs(JsonObject.class).stream()
        .filter(
            c -> c.getString("colour").equals(colour) && c.getString("district").equals("HEPING"))
        .findFirst()
        .orElseThrow();
  }
}
