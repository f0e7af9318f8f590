package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;

/** DESIGN §6: depth, complexity and size are bounded, and every refusal carries a code. */
class QueryLimitsIT extends DeployedApplication {

  private static final int MAX_DEPTH = 15;

  @Test
  void introspection_WhenGraphiqlAsksForTheWholeSchema_IsAnsweredInDevelopment() {
    Response response = Api.graphql(GraphiqlIntrospection.QUERY);

    assertThat(response.getErrors()).isNullOrEmpty();
    assertThat(response.getData().getJsonObject("__schema").getJsonArray("types")).isNotEmpty();
  }

  @Test
  void depth_WhenAtTheLimit_IsAnswered() {
    assertThat(Api.graphql(nestedTypeQuery(MAX_DEPTH)).getErrors()).isNullOrEmpty();
  }

  @Test
  void depth_WhenOneOverTheLimit_IsRefusedWithQueryTooDeep() {
    assertCodes(Api.graphql(nestedTypeQuery(MAX_DEPTH + 1))).containsExactly("QUERY_TOO_DEEP");
  }

  @Test
  void complexity_WhenTooManyFields_IsRefusedWithQueryTooComplex() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 260; i++) {
      query.append(" c").append(i).append(": colours { colour }");
    }
    assertCodes(Api.graphql(query.append(" }").toString())).containsExactly("QUERY_TOO_COMPLEX");
  }

  @Test
  void size_WhenMoreTokensThanTheParserTakes_IsRefusedWithQueryTooLarge() {
    String query = "{ colours { " + "colour ".repeat(6000) + "} }";
    assertCodes(Api.graphql(query)).containsExactly("QUERY_TOO_LARGE");
  }

  @Test
  void size_WhenTheBodyIsOver64KiB_IsRefusedBeforeParsing() {
    String body =
        Json.createObjectBuilder()
            .add("query", "{ colours { colour } }" + " ".repeat(270_000))
            .build()
            .toString();

    HttpResponse<String> response = Api.postJson("graphql", body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"code\":\"QUERY_TOO_LARGE\"");
  }

  @Test
  void validation_WhenAFieldDoesNotExist_IsRefusedWithInvalidQuery() {
    assertCodes(Api.graphql("{ colours { colour shade } }")).containsExactly("INVALID_QUERY");
  }

  @Test
  void syntax_WhenTheDocumentDoesNotParse_IsRefusedWithInvalidQuery() {
    assertCodes(Api.graphql("{ colours { colour ")).containsExactly("INVALID_QUERY");
  }

  @Test
  void body_WhenNotJson_IsRefusedWithInvalidQuery() {
    HttpResponse<String> response = Api.postJson("graphql", "query { colours }");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"INVALID_QUERY\"");
  }

  @Test
  void body_WhenJsonNestsAThousandLevels_IsRefusedWithInvalidQueryInJson() {
    String bomb =
        "{\"query\":\"{ colours { colour } }\",\"variables\":{\"a\":"
            + "[".repeat(1_200)
            + "]".repeat(1_200)
            + "}}";

    HttpResponse<String> response = Api.postJson("graphql", bomb);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .contains("\"code\":\"INVALID_QUERY\"")
        .doesNotContain("org.", "java.", "<html");
  }

  @Test
  void body_WhenJsonNestsWithinTheLimit_IsAnswered() {
    String nested =
        "{\"query\":\"{ colours { colour } }\",\"extensions\":{\"a\":"
            + "[".repeat(20)
            + "]".repeat(20)
            + "}}";

    HttpResponse<String> response = Api.postJson("graphql", nested);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"colour\"").doesNotContain("\"errors\"");
  }

  /**
   * {@code __schema { types { fields { type { ofType { ... name } } } } }} with the given depth.
   */
  private static String nestedTypeQuery(int depth) {
    int ofTypes = depth - 5; // __schema, types, fields, type ... name
    return "{ __schema { types { fields { type { "
        + "ofType { ".repeat(ofTypes)
        + "name"
        + " }".repeat(ofTypes)
        + " } } } } }";
  }

  private static ListAssert<Object> assertCodes(Response response) {
    assertThat(response.getErrors()).as("errors of %s", response).isNotEmpty();
    return assertThat(codes(response)).as("codes of %s", response.getErrors());
  }

  private static List<Object> codes(Response response) {
    return response.getErrors().stream()
        .map(GraphQLError::getExtensions)
        .map(extensions -> extensions.get("code"))
        .toList();
  }
}
