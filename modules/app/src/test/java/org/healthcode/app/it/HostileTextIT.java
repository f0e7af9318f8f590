package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, finding 5: text comes in normalised (NFC) and without control characters, bidi
 * overrides or isolates, or unpaired surrogates — checked once for every operation's arguments
 * (Texts, QueryGuard; docs/adr/0025).
 */
class HostileTextIT extends DeployedApplication {

  private static final String REGISTER_VENUE =
      "mutation($n: String!) { registerVenue(input: {name: $n, category: SHOPPING_MALL,"
          + " district: HEPING, address: \"2 Youyi Road\"}) { id name } }";

  @Test
  void registerSelf_WhenTheNameHasARightToLeftOverride_IsRefusedNamingTheName() {
    String token = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> person = new HashMap<>(Citizens.residentPerson("Zhang Wei"));
    person.put("name", "Zhang\u202eieW");

    Response response = Citizens.registerSelf(token, person);

    assertRefused(response, "name");
  }

  @Test
  void registerVenue_WhenTheNameHasANul_IsRefused() {
    assertRefused(
        Api.graphql(REGISTER_VENUE, Map.of("n", "Mall\u0000 of Heping"), Venues.newOperator()),
        "name");
  }

  @Test
  void registerVenue_WhenTheNameHasALoneSurrogate_IsRefused() {
    // escaped in the JSON text: a Java string would be sent as "?" in UTF-8
    String body =
        "{\"query\":\""
            + REGISTER_VENUE.replace("\"", "\\\"")
            + "\",\"variables\":{\"n\":\"Mall \\ud800 Heping\"}}";

    HttpResponse<String> response = Api.postJsonAs(Venues.newOperator(), "graphql", body);

    assertThat(response.body()).contains("\"code\":\"BAD_INPUT\"", "\"field\":\"name\"");
  }

  @Test
  void registerVenue_WhenTheAddressHasAnIsolate_IsRefusedNamingTheAddress() {
    Response response =
        Api.graphql(
            "mutation { registerVenue(input: {name: \"Mall\", category: SHOPPING_MALL, district: HEPING,"
                + " address: \"2 Youyi \\u2067Road\"}) { id } }",
            Venues.newOperator());

    assertRefused(response, "address");
  }

  @Test
  void registerVenue_WhenTheNameIsDecomposed_IsStoredComposed() {
    Response response =
        Api.graphql(REGISTER_VENUE, Map.of("n", "Cafe\u0301 Heping"), Venues.newOperator());

    assertThat(response.getErrors()).isNullOrEmpty();
    assertThat(response.getData().getJsonObject("registerVenue").getString("name"))
        .isEqualTo("Caf\u00e9 Heping");
  }

  private static void assertRefused(Response response, String field) {
    assertThat(response.getErrors()).as("errors of %s", response).hasSize(1);
    GraphQLError error = response.getErrors().get(0);
    assertThat(error.getExtensions()).containsEntry("code", "BAD_INPUT");
    assertThat(error.getExtensions()).containsEntry("field", field);
  }
}
