package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;

/**
 * CORS for browser apps on other origins (docs/adr/0027): the test server allows exactly {@code
 * https://app.example.org} (HEALTHCODE_CORS_ALLOWED_ORIGINS in the failsafe configuration).
 */
class CorsIT extends DeployedApplication {

  private static final String ALLOWED = "https://app.example.org";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void preflight_WhenOriginIsConfigured_AllowsPostWithTheApiHeaders() throws Exception {
    HttpResponse<String> response = preflight(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization")
        .contains("Content-Type")
        .contains("Accept-Language");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void preflight_WhenOriginIsNotConfigured_IsRefusedWithoutCorsHeaders() throws Exception {
    HttpResponse<String> response = preflight("https://evil.example.com");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
  }

  @Test
  void preflight_WhenOriginDiffersOnlyInPort_IsRefused() throws Exception {
    assertThat(preflight("https://app.example.org:8443").statusCode()).isEqualTo(403);
    assertThat(preflight("http://app.example.org").statusCode()).isEqualTo(403);
  }

  @Test
  void post_FromConfiguredOrigin_CarriesAllowOriginAndExposesRetryAfter() throws Exception {
    HttpResponse<String> response = post(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("Retry-After");
    assertThat(response.body()).contains("\"documentTypes\"");
  }

  @Test
  void post_FromOtherOrigin_CarriesNoAllowOrigin() throws Exception {
    HttpResponse<String> response = post("https://evil.example.com");

    // the server answers (a browser would withhold the answer from the page), without CORS headers
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static HttpResponse<String> preflight(String origin)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(Api.base().resolve("graphql"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String origin) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(Api.base().resolve("graphql"))
            .header("Origin", origin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documentTypes { type } }\"}"))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
