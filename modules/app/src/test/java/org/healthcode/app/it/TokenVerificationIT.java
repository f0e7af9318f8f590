package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Liberty verifies every bearer token; a request with a bad one is refused before anything runs.
 */
class TokenVerificationIT extends DeployedApplication {

  private static final String SESSION = "{ currentSession { subject roles } }";

  @Test
  void currentSession_WithAValidToken_IsTheTokensSubjectAndRoles() {
    Response response = Api.graphql(SESSION, TestTokens.valid("citizen:4711", List.of("CITIZEN")));

    assertThat(response.getErrors()).isNullOrEmpty();
    assertThat(response.getData().getJsonObject("currentSession").getString("subject"))
        .isEqualTo("citizen:4711");
    assertThat(response.getData().getJsonObject("currentSession").getJsonArray("roles").toString())
        .isEqualTo("[\"CITIZEN\"]");
  }

  @Test
  void currentSession_WithoutAToken_IsRefusedAsUnauthenticated() {
    Response response = Api.graphql(SESSION);

    assertThat(response.getErrors())
        .extracting(error -> error.getExtensions().get("code"))
        .containsExactly("UNAUTHENTICATED");
  }

  @Test
  void request_WithATamperedToken_IsRefusedBeforeExecution() {
    String token = TestTokens.tampered(TestTokens.valid("citizen:1", List.of("CITIZEN")));

    assertRefused(Api.postGraphql(SESSION, token));
  }

  @Test
  void request_WithAnExpiredToken_IsRefused() {
    assertRefused(Api.postGraphql(SESSION, TestTokens.expired("citizen:1", List.of("CITIZEN"))));
  }

  @Test
  void request_WithATokenSignedByAnotherKey_IsRefused() {
    assertRefused(
        Api.postGraphql(SESSION, TestTokens.signedByAStranger("staff:x", List.of("ADMIN"))));
  }

  @Test
  void publicQuery_WithABadToken_IsRefusedToo() {
    assertRefused(Api.postGraphql("{ colours { colour } }", "not-a-jwt"));
  }

  @Test
  void mutation_WithATamperedToken_DoesNotRunAtAll() {
    String phone = Citizens.newPhone();
    String token = TestTokens.tampered(TestTokens.valid("citizen:1", List.of("CITIZEN")));

    assertRefused(
        Api.postGraphql(
            "mutation { requestSignInCode(phone: \"" + phone + "\") { expiresAt } }", token));

    // had the mutation run anonymously, a code would now exist for this phone
    Response code =
        Api.graphql(
            "query($p: String!) { developmentSignInCode(phone: $p) }", Map.of("p", phone), null);
    assertThat(Citizens.errorCode(code)).isEqualTo("NOT_FOUND");
  }

  /**
   * A bad token and no token get one answer (docs/adr/0018): HTTP 200, UNAUTHENTICATED; a bad
   * token's request does not run at all, so there is no data.
   */
  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(NO_TOKEN_STATUS);
    assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(response.body()).doesNotContain("\"data\"");
  }

  /** The status of a request that needs a token and has none. */
  private static final int NO_TOKEN_STATUS = 200;

  @Test
  void request_WithoutAToken_GetsTheSameStatusAndCodeAsWithABadOne() {
    HttpResponse<String> none =
        Api.postJson("graphql", "{\"query\":\"" + SESSION.replace("\"", "\\\"") + "\"}");
    HttpResponse<String> bad = Api.postGraphql(SESSION, "not-a-jwt");

    assertThat(none.statusCode()).isEqualTo(NO_TOKEN_STATUS).isEqualTo(bad.statusCode());
    assertThat(none.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(bad.body()).contains("\"code\":\"UNAUTHENTICATED\"");
  }
}
