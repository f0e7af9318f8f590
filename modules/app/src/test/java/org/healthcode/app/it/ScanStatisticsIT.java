package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4, §5, §8: scans per hour for analysts (small counts withheld) and operators, kept when
 * the check-ins behind them are deleted after the retention.
 */
class ScanStatisticsIT extends DeployedApplication {

  private static final String ANALYST_STATISTICS =
      "query($f: DateTime!, $t: DateTime!) { scanStatistics(from: $f, to: $t, district: NINGHE,"
          + " category: LONG_DISTANCE_BUS) { edges { node { hourStart district category scans"
          + " admits denials referrals suppressed } } pageInfo { hasNextPage } } }";

  private static final String VENUE_STATISTICS =
      "query($v: ID!, $f: DateTime!, $t: DateTime!) { venueScanStatistics(venueId: $v, from: $f,"
          + " to: $t) { edges { node { hourStart scans admits denials referrals } } } }";

  @Test
  void scanStatistics_ForAnalysts_WithholdSmallOutcomesUntilTheyReachFive() throws Exception {
    Instant hour = hourWithTimeToScanIn();
    Device bus = Venues.newDevice("LONG_DISTANCE_BUS", "NINGHE");
    String green = Holders.appCode(Holders.withColour("GREEN"));
    String feverish = Holders.appCode(Holders.withColour("GREEN"));
    for (int i = 0; i < 5; i++) {
      Venues.scan(bus, green, "36.5");
    }
    Venues.scan(bus, Holders.paperCodeOfANewPerson(), "36.5");

    JsonObject early = single(analyst(hour));

    for (int i = 0; i < 4; i++) {
      Venues.scan(bus, feverish, "38.0");
    }
    JsonObject later = single(analyst(hour));

    assertThat(early.getInt("scans")).isEqualTo(6);
    assertThat(early.isNull("admits")).isTrue();
    assertThat(early.isNull("referrals")).isTrue();
    assertThat(early.getBoolean("suppressed")).isTrue();
    assertThat(Instant.parse(later.getString("hourStart"))).isEqualTo(hour);
    assertThat(later.getInt("scans")).isEqualTo(10);
    assertThat(later.getInt("admits")).isEqualTo(5);
    assertThat(later.getInt("denials")).isZero();
    assertThat(later.getInt("referrals")).isEqualTo(5);
    assertThat(later.getBoolean("suppressed")).isFalse();
  }

  @Test
  void scanStatistics_ReadOneByOne_GiveTheSameAreaHoursInTheSameOrderAsLargePages()
      throws Exception {
    Instant hour = hourWithTimeToScanIn();
    String code = Holders.appCode(Holders.withColour("GREEN"));
    for (String[] area :
        new String[][] {
          {"FARMERS_MARKET", "HEPING"}, {"FARMERS_MARKET", "HEXI"}, {"SUBWAY", "HEPING"}
        }) {
      Venues.scan(Venues.newDevice(area[0], area[1]), code, "36.5");
    }

    List<String> inLargePages = areaHours(hour, 100);
    List<String> oneByOne = areaHours(hour, 1);

    assertThat(inLargePages)
        .contains(
            "HEPING FARMERS_MARKET",
            "HEXI FARMERS_MARKET",
            "HEPING SUBWAY"); // the three areas scanned above
    assertThat(oneByOne).isEqualTo(inLargePages);
  }

  /** Every area-hour of the hour, "district category", read in pages of {@code first}. */
  private static List<String> areaHours(Instant hour, int first) {
    List<String> read = new java.util.ArrayList<>();
    String cursor = null;
    JsonObject page;
    do {
      page = areaPage(hour, first, cursor);
      assertThat(nodes(page)).hasSizeLessThanOrEqualTo(first);
      nodes(page).forEach(node -> read.add(areaHour(node)));
      cursor = page.getJsonObject("pageInfo").getString("endCursor", null);
    } while (page.getJsonObject("pageInfo").getBoolean("hasNextPage"));
    return read;
  }

  private static JsonObject areaPage(Instant hour, int first, String after) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("f", hour.toString());
    variables.put("t", hour.plusSeconds(3600).toString());
    variables.put("n", first);
    if (after != null) {
      variables.put("a", after);
    }
    return data(
        Api.graphql(
            "query($f: DateTime!, $t: DateTime!, $n: Int, $a: String) { scanStatistics(from: $f,"
                + " to: $t, first: $n, after: $a) { edges { node { hourStart district category } }"
                + " pageInfo { hasNextPage endCursor } } }",
            variables,
            TestTokens.valid("staff:analyst", List.of("ANALYST"))),
        "scanStatistics");
  }

  private static String areaHour(JsonObject node) {
    return node.getString("district") + " " + node.getString("category");
  }

  @Test
  void venueScanStatistics_ForTheOperator_CountEveryOutcomeOfTheirVenueOnly() throws Exception {
    Instant hour = hourWithTimeToScanIn();
    Device gate = Venues.newDevice("ENTERPRISE", "BEICHEN");
    Venues.scan(gate, Holders.appCode(Holders.withColour("GREEN")), "36.5");
    Venues.scan(gate, Holders.appCode(Holders.withColour("ORANGE")), "36.5");
    Venues.scan(gate, Holders.paperCodeOfANewPerson(), "36.5");

    List<JsonObject> hours = venueHours(gate, hour);

    assertThat(hours).hasSize(1);
    assertThat(hours.get(0).getInt("scans")).isEqualTo(3);
    assertThat(hours.get(0).getInt("admits")).isEqualTo(1);
    assertThat(hours.get(0).getInt("denials")).isEqualTo(1);
    assertThat(hours.get(0).getInt("referrals")).isEqualTo(1);
    assertThat(
            Staff.codes(
                Api.graphql(
                    VENUE_STATISTICS,
                    Map.of(
                        "v",
                        gate.venue(),
                        "f",
                        hour.toString(),
                        "t",
                        hour.plusSeconds(3600).toString()),
                    Venues.newOperator())))
        .containsExactly("NOT_FOUND");
  }

  @Test
  void checkInRetention_DeletesCheckInsOlderThanTheLimitAndKeepsTheHourlyCounts() throws Exception {
    Instant hour = hourWithTimeToScanIn();
    Device gate = Venues.newDevice("COMMUNITY", "DONGLI");
    String code = Holders.appCode(Holders.withColour("GREEN"));
    String old = "scan-" + UUID.randomUUID();
    String recent = "scan-" + UUID.randomUUID();
    String keptDay = "scan-" + UUID.randomUUID();
    data(Venues.scan(gate, old, code, "36.5"), "scan");
    data(Venues.scan(gate, recent, code, "36.5"), "scan");
    data(Venues.scan(gate, keptDay, code, "36.5"), "scan");
    List<JsonObject> before = venueHours(gate, hour);
    // check-ins go by whole city days (ADR 42): 29 days ago its day is over for 28 days at least;
    // 27 days ago it is in a kept day
    Venues.update(
        "UPDATE venue_check_in SET scanned_at = ? WHERE entry_point_id = ? AND scan_id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(29))),
        Long.parseLong(gate.entryPoint()),
        old);
    Venues.update(
        "UPDATE venue_check_in SET scanned_at = ? WHERE entry_point_id = ? AND scan_id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(27))),
        Long.parseLong(gate.entryPoint()),
        keptDay);

    Response purge =
        Api.graphql(
            "mutation { runCheckInRetention }",
            TestTokens.valid("staff:admin-retention", List.of("ADMIN")));
    assertThat(purge.getErrors()).isNullOrEmpty();
    int deleted = purge.getData().getInt("runCheckInRetention");

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(Venues.checkIns(gate.entryPoint(), old)).isZero();
    assertThat(Venues.checkIns(gate.entryPoint(), recent)).isEqualTo(1);
    assertThat(Venues.checkIns(gate.entryPoint(), keptDay)).isEqualTo(1);
    assertThat(venueHours(gate, hour)).isEqualTo(before);
    assertThat(before.get(0).getInt("scans")).isEqualTo(3);
    // the expired days' partitions are gone and the next three days have theirs
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(dayPartitions())
        .contains("d" + today.plusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE))
        .allSatisfy(
            name ->
                assertThat(LocalDate.parse(name.substring(1), DateTimeFormatter.BASIC_ISO_DATE))
                    .isAfterOrEqualTo(today.minusDays(28)));
  }

  private static List<String> dayPartitions() throws Exception {
    try (Connection connection = TestDatabase.connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT PARTITION_NAME FROM information_schema.PARTITIONS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'venue_check_in'"
                        + " AND PARTITION_NAME LIKE 'd%'")) {
      List<String> names = new java.util.ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  @Test
  void scanStatistics_WithAReversedOrTooLongRange_IsBadInput() {
    String analyst = TestTokens.valid("staff:analyst-range", List.of("ANALYST"));
    Instant now = Instant.now();

    assertThat(
            Staff.codes(
                Api.graphql(
                    ANALYST_STATISTICS,
                    Map.of("f", now.toString(), "t", now.minusSeconds(60).toString()),
                    analyst)))
        .containsExactly("BAD_INPUT");
    assertThat(
            Staff.codes(
                Api.graphql(
                    ANALYST_STATISTICS,
                    Map.of("f", now.minus(Duration.ofDays(40)).toString(), "t", now.toString()),
                    analyst)))
        .containsExactly("BAD_INPUT");
  }

  /** The current hour, after waiting for the next one if this one is about to end. */
  private static Instant hourWithTimeToScanIn() throws InterruptedException {
    Instant now = Instant.now();
    Instant next = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    if (Duration.between(now, next).compareTo(Duration.ofSeconds(90)) < 0) {
      Thread.sleep(Duration.between(now, next).toMillis() + 1_000);
    }
    return Instant.now().truncatedTo(ChronoUnit.HOURS);
  }

  private static List<JsonObject> analyst(Instant hour) {
    return nodes(
        data(
            Api.graphql(
                ANALYST_STATISTICS,
                Map.of("f", hour.toString(), "t", hour.plusSeconds(3600).toString()),
                TestTokens.valid("staff:analyst", List.of("ANALYST"))),
            "scanStatistics"));
  }

  private static List<JsonObject> venueHours(Device device, Instant hour) {
    return nodes(
        data(
            Api.graphql(
                VENUE_STATISTICS,
                Map.of(
                    "v",
                    device.venue(),
                    "f",
                    hour.toString(),
                    "t",
                    hour.plusSeconds(3600).toString()),
                device.operator()),
            "venueScanStatistics"));
  }

  private static JsonObject single(List<JsonObject> nodes) {
    assertThat(nodes).hasSize(1);
    return nodes.get(0);
  }

  private static List<JsonObject> nodes(JsonObject connection) {
    return connection.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
        .map(edge -> edge.getJsonObject("node"))
        .toList();
  }
}
