package org.healthcode.app.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * One scan, one row, one answer on the cluster: the same scan id or check-in id sent to every
 * Liberty node at the same moment (each node writes through its own Galera node, so the inserts
 * meet in certification, not in a duplicate key).
 */
class ScansAcrossNodesClusterIT {

  private static final String SCAN =
      "mutation($in: ScanInput!) { scan(input: $in) " + Venues.SCAN_RESULT + " }";

  private static final String CHECK_IN =
      "mutation($in: CheckInInput!) { checkIn(input: $in) { entryPointId"
          + " persons { personId maskedName outcome reason colour } } }";

  @Test
  void scan_WithOneScanIdOnEveryNodeAtOnce_IsRecordedOnceAndAnsweredAlike() throws Exception {
    Device device = Venues.newDevice();
    Holder holder = Cluster.on(1, () -> Holders.withColour("GREEN"));
    int rounds = 20;

    for (int round = 0; round < rounds; round++) {
      String scanId = "dup-" + round + "-" + UUID.randomUUID();
      Map<String, Object> input =
          Map.of(
              "in",
              Map.of(
                  "scanId",
                  scanId,
                  "codeToken",
                  Holders.appCode(holder),
                  "temperature",
                  new BigDecimal("36.6")));

      List<Response> answers = Cluster.onEveryNodeAtOnce(SCAN, input, device.token());

      for (Response answer : answers) {
        assertThat(answer.getErrors()).as("errors of round " + round).isNullOrEmpty();
      }
      assertThat(answers.stream().map(answer -> answer.getData().getJsonObject("scan")).distinct())
          .as("answers of round " + round)
          .hasSize(1);
      assertThat(answers.get(0).getData().getJsonObject("scan").getString("outcome"))
          .isEqualTo("ADMIT");
    }

    long entryPoint = Long.parseLong(device.entryPoint());
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ?", entryPoint))
        .isEqualTo(rounds);
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COALESCE(SUM(scans), 0) FROM venue_scan_hour WHERE venue_id = ?",
                Long.parseLong(device.venue())))
        .isEqualTo(rounds);
  }

  @Test
  void checkIn_WithOneCheckInIdOnEveryNodeAtOnce_RecordsThePersonOnceAndAnswersAlike()
      throws Exception {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, "SUPERMARKET", "NANKAI");
    String entryPoint = Venues.addEntryPoint(operator, venue, "Counter");
    String venueCode = Venues.venueCode(operator, entryPoint);
    Holder holder = Cluster.on(2, () -> Holders.withColour("GREEN"));
    Map<String, Object> input =
        Map.of(
            "in",
            Map.of(
                "venueCode",
                venueCode,
                "checkInId",
                UUID.randomUUID().toString(),
                "personIds",
                List.of(holder.personId())));

    List<Response> answers = Cluster.onEveryNodeAtOnce(CHECK_IN, input, holder.token());

    for (Response answer : answers) {
      assertThat(answer.getErrors()).isNullOrEmpty();
    }
    List<JsonObject> given =
        answers.stream().map(answer -> answer.getData().getJsonObject("checkIn")).toList();
    assertThat(given.stream().distinct()).hasSize(1);
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ?",
                Long.parseLong(entryPoint)))
        .isEqualTo(1);
    assertThat(
            Cluster.queryLongOnEveryNode(
                "SELECT COALESCE(SUM(scans), 0) FROM venue_scan_hour WHERE venue_id = ?",
                Long.parseLong(venue)))
        .isEqualTo(1);
  }
}
