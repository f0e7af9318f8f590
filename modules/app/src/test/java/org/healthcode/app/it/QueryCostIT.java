package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import java.util.List;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, finding 2: the cost of a query weighs the items its lists and pages may return, and a
 * request has a cost limit and an alias limit (README, "Query limits"; docs/adr/0016).
 */
class QueryCostIT extends DeployedApplication {

  /** 365 days x 60 cells x 3 fields: about 66,400 of the 100,000 a request may cost. */
  private static final String YEAR_SERIES =
      "colourCountSeries(from: \"2025-12-01\", to: \"2026-11-30\")"
          + " { day counts { colour district count } }";

  private static String analyst() {
    return TestTokens.valid("staff:analyst-cost", List.of("ANALYST"));
  }

  @Test
  void aliases_WhenThirty_AreAnswered() {
    assertThat(Api.graphql(aliased(30, "colours { colour }")).getErrors()).isNullOrEmpty();
  }

  @Test
  void aliases_WhenThirtyOne_AreRefusedWithTooManyAliases() {
    assertThat(codes(Api.graphql(aliased(31, "colours { colour }"))))
        .containsExactly("TOO_MANY_ALIASES");
  }

  @Test
  void cost_WhenAQuarterOfColourCounts_IsAnswered() {
    Response response =
        Api.graphql(
            "{ colourCountSeries(from: \"2026-09-01\", to: \"2026-11-29\")"
                + " { day counts { colour district count } } }",
            analyst());

    assertThat(response.getErrors()).isNullOrEmpty();
    assertThat(response.getData().getJsonArray("colourCountSeries")).hasSize(90);
  }

  @Test
  void cost_WhenTwoYearsOfColourCountsAsAliases_IsRefusedWithQueryTooCostly() {
    Response response = Api.graphql("{ a: " + YEAR_SERIES + " b: " + YEAR_SERIES + " }", analyst());

    assertThat(codes(response)).containsExactly("QUERY_TOO_COSTLY");
    assertThat(response.getData() == null || response.getData().isEmpty()).isTrue();
  }

  @Test
  void cost_WhenTheFindingsHundredAliasesOfAYear_IsRefusedBeforeAnyWork() {
    long started = System.nanoTime();

    Response response = Api.graphql(aliased(100, YEAR_SERIES), analyst());

    assertThat(codes(response))
        .hasSize(1)
        .first()
        .isIn("QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES", "QUERY_TOO_COSTLY");
    assertThat(response.getData() == null || response.getData().isEmpty()).isTrue();
    // before: 16 s and 60 MB; now refused before any field runs (generous bound for a busy box)
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void cost_WhenRangesMultiplyTheirSelection_CountsTheDays() {
    // 20 aliases x 365 days x (1 + 60 x 1): about 445,000, though only 60 fields are asked for
    String page =
        "colourCountSeries(from: \"2025-12-01\", to: \"2026-11-30\") { counts { count } }";

    assertThat(codes(Api.graphql(aliased(20, page), analyst())))
        .containsExactly("QUERY_TOO_COSTLY");
  }

  @Test
  void range_WhenColourCountSeriesSpansMoreThan366Days_IsRefusedWithBadInput() {
    Response response =
        Api.graphql(
            "{ colourCountSeries(from: \"2025-01-01\", to: \"2026-01-02\") { day } }", analyst());

    assertThat(codes(response)).containsExactly("BAD_INPUT");
  }

  private static String aliased(int count, String field) {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      query.append(" a").append(i).append(": ").append(field);
    }
    return query.append(" }").toString();
  }

  private static List<Object> codes(Response response) {
    assertThat(response.getErrors()).as("errors of %s", response).isNotEmpty();
    return response.getErrors().stream()
        .map(GraphQLError::getExtensions)
        .map(extensions -> extensions.get("code"))
        .toList();
  }
}
