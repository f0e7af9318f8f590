package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The analysts' aggregate counts. Count rows are written straight into the tables the colour
 * changes keep (only these tests write them), so that suppression and the daily series are checked
 * on known numbers.
 */
class ColourCountsIT extends DeployedApplication {

  private static final String ANALYST =
      TestTokens.valid("staff:counts-analyst", List.of("ANALYST"));
  private static final String FIELDS = "colour district residency count suppressed";

  /** What an analyst may never reach: anything about one person. */
  private static final Pattern PERSON_LEVEL =
      Pattern.compile(
          "(?i).*(person|name|document|phone|birth|sex|nationality|account|token|subject|address).*");

  @Test
  void colourCounts_AsAnalyst_ShowsEveryBucketAndSuppressesCountsBelowFive() throws Exception {
    setNow("GREEN", "NINGHE", 7);
    setNow("RED", "NINGHE", 3);

    Response response = Api.graphql("{ colourCounts { " + FIELDS + " } }", ANALYST);

    assertThat(response.getErrors()).isNullOrEmpty();
    List<JsonObject> counts =
        response.getData().getJsonArray("colourCounts").getValuesAs(JsonObject.class);
    assertThat(counts).hasSize(3 * 17);
    JsonObject green = find(counts, "GREEN", "NINGHE");
    assertThat(green.getInt("count")).isEqualTo(7);
    assertThat(green.getBoolean("suppressed")).isFalse();
    assertThat(green.getString("residency")).isEqualTo("RESIDENT");
    JsonObject red = find(counts, "RED", "NINGHE");
    assertThat(red.isNull("count")).isTrue();
    assertThat(red.getBoolean("suppressed")).isTrue();
    assertThat(find(counts, "ORANGE", "VISITOR").getString("residency")).isEqualTo("VISITOR");
  }

  @Test
  void colourCountSeries_FromDailyChanges_GivesEndOfDayCountsSuppressedBelowFive()
      throws Exception {
    addDaily("2020-01-01", "GREEN", "JIZHOU", 6);
    addDaily("2020-01-03", "GREEN", "JIZHOU", -2);

    Response response =
        Api.graphql(
            "{ colourCountSeries(from: \"2019-12-31\", to: \"2020-01-04\") { day counts { "
                + FIELDS
                + " } } }",
            ANALYST);

    assertThat(response.getErrors()).isNullOrEmpty();
    List<JsonObject> days =
        response.getData().getJsonArray("colourCountSeries").getValuesAs(JsonObject.class);
    assertThat(days)
        .extracting(day -> day.getString("day"))
        .containsExactly("2019-12-31", "2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04");
    List<String> jizhou = new ArrayList<>();
    for (JsonObject day : days) {
      JsonObject count =
          find(day.getJsonArray("counts").getValuesAs(JsonObject.class), "GREEN", "JIZHOU");
      jizhou.add(count.isNull("count") ? "suppressed" : String.valueOf(count.getInt("count")));
    }
    assertThat(jizhou).containsExactly("suppressed", "6", "6", "suppressed", "suppressed");
  }

  @Test
  void colourCountSeries_OverMoreThan366Days_IsBadInput() {
    Response response =
        Api.graphql(
            "{ colourCountSeries(from: \"2024-01-01\", to: \"2025-01-01\") { day } }", ANALYST);

    assertThat(Citizens.errorCode(response)).isEqualTo("BAD_INPUT");
  }

  @Test
  void analystOperations_WalkedThroughTheSchema_ReachNoPersonLevelField() {
    Set<String> seen = new HashSet<>();
    Deque<String> types = new ArrayDeque<>();
    Response roots = Api.graphql("{ __schema { queryType { fields { name " + TYPE + " } } } }");
    assertThat(roots.getErrors()).isNullOrEmpty();
    for (JsonObject field :
        roots
            .getData()
            .getJsonObject("__schema")
            .getJsonObject("queryType")
            .getJsonArray("fields")
            .getValuesAs(JsonObject.class)) {
      if (Set.of("colourCounts", "colourCountSeries").contains(field.getString("name"))) {
        types.add(namedType(field.getJsonObject("type")));
      }
    }
    assertThat(types).hasSize(2);
    List<String> reached = new ArrayList<>();
    while (!types.isEmpty()) {
      String type = types.pop();
      if (!seen.add(type)) {
        continue;
      }
      Response described =
          Api.graphql(
              "query($n: String!) { __type(name: $n) { fields { name " + TYPE + " } } }",
              Map.of("n", type),
              null);
      assertThat(described.getErrors()).isNullOrEmpty();
      JsonValue fields = described.getData().getJsonObject("__type").get("fields");
      if (fields == null || fields.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      for (JsonObject field : fields.asJsonArray().getValuesAs(JsonObject.class)) {
        reached.add(type + "." + field.getString("name"));
        types.add(namedType(field.getJsonObject("type")));
      }
    }

    assertThat(reached).contains("ColourCount.count", "ColourCountDay.counts");
    assertThat(reached).noneMatch(field -> PERSON_LEVEL.matcher(field).matches());
  }

  private static final String TYPE =
      "type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

  private static String namedType(JsonObject type) {
    JsonObject current = type;
    while (current.isNull("name")) {
      current = current.getJsonObject("ofType");
    }
    return current.getString("name");
  }

  private static JsonObject find(List<JsonObject> counts, String colour, String district) {
    return counts.stream()
        .filter(
            c -> c.getString("colour").equals(colour) && c.getString("district").equals(district))
        .findFirst()
        .orElseThrow();
  }

  /** The bucket's count, in one slot row: the others (a node's own slot included) go. */
  private static void setNow(String colour, String district, long count) throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM status_count_now WHERE colour = ? AND district = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO status_count_now (colour, district, slot, residency, count)"
                    + " VALUES (?, ?, 0, 'RESIDENT', ?)")) {
      delete.setString(1, colour);
      delete.setString(2, district);
      delete.executeUpdate();
      insert.setString(1, colour);
      insert.setString(2, district);
      insert.setLong(3, count);
      insert.executeUpdate();
    }
  }

  private static void addDaily(String day, String colour, String district, long change)
      throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM status_count_daily WHERE day = ? AND colour = ? AND district = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO status_count_daily (day, colour, district, slot, residency,"
                    + " net_change) VALUES (?, ?, ?, 0, 'RESIDENT', ?)")) {
      delete.setString(1, day);
      delete.setString(2, colour);
      delete.setString(3, district);
      delete.executeUpdate();
      insert.setString(1, day);
      insert.setString(2, colour);
      insert.setString(3, district);
      insert.setLong(4, change);
      insert.executeUpdate();
    }
  }
}
