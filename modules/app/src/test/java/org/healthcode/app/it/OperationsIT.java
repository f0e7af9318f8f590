package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;

class OperationsIT extends DeployedApplication {

  @Test
  void readiness_WhenTheDatabaseAnswers_IsUpWithTheDatabaseCheck() {
    HttpResponse<String> response = Api.get("health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = json(response.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getBoolean("migrated")).isTrue();
  }

  @Test
  void liveness_WhenDeployed_IsUp() {
    HttpResponse<String> response = Api.get("health/live");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response.body()).getString("status")).isEqualTo("UP");
  }

  @Test
  void graphiql_InDevelopmentMode_IsServedWithoutAnythingFromOutside() {
    HttpResponse<String> page = Api.get("graphql-ui/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("graphiql.min.js").doesNotContain("src=\"http");
    assertThat(Api.get("graphql-ui/graphiql.min.js").statusCode()).isEqualTo(200);
    assertThat(Api.get("graphql-ui/render.js").body()).contains("'/graphql'");
  }

  @Test
  void graphqlGet_WhenTried_IsRefusedWithMethodNotAllowed() {
    HttpResponse<String> response = Api.get("graphql?query=%7Bcolours%7Bcolour%7D%7D");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).contains("\"code\":\"INVALID_QUERY\"");
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
