package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;

/**
 * Abuse limits and load shedding (docs/adr/0026). The test server trusts loopback as its proxy
 * (HEALTHCODE_HTTP_TRUSTED_PROXIES), so a request carrying {@code X-Forwarded-For} comes from the
 * address named there; plain loopback is exempt from the per-address limit, which is 5 codes per 10
 * minutes here; at most 24 requests run at once and 16 wait (failsafe configuration).
 */
class AbuseLimitsIT extends DeployedApplication {

  private static final String REQUEST_CODE =
      "mutation($p: String!) { requestSignInCode(phone: $p) { expiresAt } }";
  private static final int ADDRESS_LIMIT = 5;

  /**
   * HTTP/1.1, as HAProxy speaks to the nodes: with the JDK client's default (h2c upgrade) all 200
   * requests share one HTTP/2 connection, and Liberty 26.0.0.3 stalled writing many large responses
   * on one connection at once (seen in a thread dump: writers waiting on H2 write latches).
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void requestSignInCode_WhenOneAddressWalksThroughPhones_IsRateLimitedWithRetryAfter()
      throws Exception {
    String address = randomDocumentationAddress();
    for (int i = 0; i < ADDRESS_LIMIT; i++) {
      HttpResponse<String> allowed = requestCode(address, Citizens.newPhone(), "en");
      assertThat(errors(allowed)).as("request %d", i + 1).isNull();
    }

    HttpResponse<String> refused = requestCode(address, Citizens.newPhone(), "en");

    JsonObject error = errors(refused).getJsonObject(0);
    JsonObject extensions = error.getJsonObject("extensions");
    assertThat(extensions.getString("code")).isEqualTo("RATE_LIMITED");
    long retryAfter = extensions.getJsonNumber("retryAfterSeconds").longValue();
    // one code comes back every 2 minutes (5 per 10 minutes)
    assertThat(retryAfter).isBetween(1L, 120L);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue(Long.toString(retryAfter));
    assertThat(error.getString("message")).doesNotContain(address);

    HttpResponse<String> inChinese = requestCode(address, Citizens.newPhone(), "zh-CN");
    assertThat(errors(inChinese).getJsonObject(0).getString("message")).contains("请求过于频繁");
  }

  @Test
  void requestSignInCode_WhenAnotherAddressAsks_IsNotHeldBackByTheFirst() throws Exception {
    String walker = randomDocumentationAddress();
    for (int i = 0; i <= ADDRESS_LIMIT; i++) {
      requestCode(walker, Citizens.newPhone(), "en");
    }

    HttpResponse<String> other =
        requestCode(randomDocumentationAddress(), Citizens.newPhone(), "en");

    assertThat(errors(other)).isNull();
    assertThat(other.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void requestSignInCode_WhenClientForgesForwardedFor_TheProxysEntryCounts() throws Exception {
    String real = randomDocumentationAddress();
    for (int i = 0; i < ADDRESS_LIMIT; i++) {
      // a different forged address each time; the last entry is the one the proxy added
      requestCode(randomDocumentationAddress() + ", " + real, Citizens.newPhone(), "en");
    }

    HttpResponse<String> refused =
        requestCode(randomDocumentationAddress() + ", " + real, Citizens.newPhone(), "en");

    assertThat(errors(refused).getJsonObject(0).getJsonObject("extensions").getString("code"))
        .isEqualTo("RATE_LIMITED");
  }

  private static HttpResponse<String> requestCode(
      String forwardedFor, String phone, String language) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("query", REQUEST_CODE)
            .add("variables", Json.createObjectBuilder().add("p", phone))
            .build()
            .toString();
    return HTTP.send(
        HttpRequest.newBuilder(Api.base().resolve("graphql"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .header("X-Forwarded-For", forwardedFor)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static jakarta.json.JsonArray errors(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonArray("errors");
    }
  }

  /** An address from the documentation ranges (RFC 5737), fresh for each test. */
  private static String randomDocumentationAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
  }
}
