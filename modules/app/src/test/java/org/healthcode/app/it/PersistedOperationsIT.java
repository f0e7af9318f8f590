package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.healthcode.platform.graphql.PersistedOperations;
import org.junit.jupiter.api.Test;

/**
 * docs/adr/0040: the registered documents run by their SHA-256 alone; an unknown hash, a hash that
 * does not match its query and a malformed hash are refused with stable codes; nothing sent is
 * registered; the guards apply to every request.
 */
class PersistedOperationsIT extends DeployedApplication {

  private static final Path DOCUMENTS = Path.of("src/main/webapp/WEB-INF/persisted-operations");

  @Test
  void scan_ByTheHashOfTheGatesDocument_IsRunAndRecorded() throws Exception {
    Device device = Venues.newDevice();
    String code = Holders.appCode(Holders.withColour("GREEN"));
    JsonObject variables =
        Json.createObjectBuilder()
            .add(
                "in",
                Json.createObjectBuilder()
                    .add("scanId", "persisted-" + UUID.randomUUID())
                    .add("codeToken", code)
                    .add("temperature", 36.6))
            .build();

    HttpResponse<String> response = post(byHash(hashOf("scan.graphql"), variables), device.token());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = json(response);
    assertThat(body.containsKey("errors")).isFalse();
    assertThat(body.getJsonObject("data").getJsonObject("scan").getString("outcome"))
        .isEqualTo("ADMIT");
  }

  @Test
  void request_ByAnUnknownHash_IsRefusedAsNotFound() {
    HttpResponse<String> response =
        post(byHash(PersistedOperations.sha256Hex("{ colours { colour } }"), null), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(codeOf(response)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void request_WithAQueryThatDoesNotHaveTheHash_IsRefusedAsMismatch() throws IOException {
    JsonObject body =
        Json.createObjectBuilder(byHash(hashOf("scan.graphql"), null))
            .add("query", "{ colours { colour } }")
            .build();

    HttpResponse<String> response = post(body, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(codeOf(response)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
  }

  @Test
  void request_WithAQueryAndItsHash_IsRunButNotRegistered() {
    String query = "{ colours { colour } }";
    String hash = PersistedOperations.sha256Hex(query);

    HttpResponse<String> sent =
        post(Json.createObjectBuilder(byHash(hash, null)).add("query", query).build(), null);
    HttpResponse<String> byHashAfterwards = post(byHash(hash, null), null);

    assertThat(json(sent).getJsonObject("data").getJsonArray("colours")).isNotEmpty();
    assertThat(codeOf(byHashAfterwards)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void request_WithAMalformedHash_IsRefusedAsInvalidQuery() {
    HttpResponse<String> response = post(byHash("ABC", null), null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(codeOf(response)).isEqualTo("INVALID_QUERY");
  }

  @Test
  void guards_OnADocumentSentWithItsHash_StillApply() {
    StringBuilder many = new StringBuilder("{ colours { colour }");
    for (int i = 0; i < 40; i++) {
      many.append(" c").append(i).append(": colours { colour }");
    }
    String document = many.append(" }").toString();

    HttpResponse<String> response =
        post(
            Json.createObjectBuilder(byHash(PersistedOperations.sha256Hex(document), null))
                .add("query", document)
                .build(),
            null);

    assertThat(codeOf(response)).isEqualTo("TOO_MANY_ALIASES");
  }

  @Test
  void guards_OnTheVariablesOfAPersistedDocument_StillApply() throws Exception {
    JsonObject variables =
        Json.createObjectBuilder().add("c", "credential\u202Eevil").add("s", "secret").build();

    HttpResponse<String> response = post(byHash(hashOf("device-sign-in.graphql"), variables), null);

    assertThat(codeOf(response)).isEqualTo("BAD_INPUT");
  }

  @Test
  void gatePage_SendsExactlyTheRegisteredDocuments() throws IOException {
    String page = Files.readString(Path.of("src/main/webapp/js/scanner/app.js"));

    for (String file :
        new String[] {"scan.graphql", "device-sign-in.graphql", "manual-pass.graphql"}) {
      assertThat(page).contains("'" + document(file) + "'");
    }
  }

  private static String document(String file) throws IOException {
    return PersistedOperations.documentOf(Files.readString(DOCUMENTS.resolve(file)));
  }

  private static String hashOf(String file) throws IOException {
    return PersistedOperations.sha256Hex(document(file));
  }

  private static JsonObject byHash(String hash, JsonObject variables) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add(
                "extensions",
                Json.createObjectBuilder()
                    .add(
                        "persistedQuery",
                        Json.createObjectBuilder().add("version", 1).add("sha256Hash", hash)));
    if (variables != null) {
      body.add("variables", variables);
    }
    return body.build();
  }

  private static HttpResponse<String> post(JsonObject body, String token) {
    return token == null
        ? Api.postJson("graphql", body.toString())
        : Api.postJsonAs(token, "graphql", body.toString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String codeOf(HttpResponse<String> response) {
    return json(response)
        .getJsonArray("errors")
        .getJsonObject(0)
        .getJsonObject("extensions")
        .getString("code");
  }
}
