package org.healthcode.platform.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * One JSON POST to a deployer's endpoint (the SMS gateway, the push webhook), with a connect and a
 * request timeout and the configured credentials: HTTP basic ({@code user}, {@code password}) or a
 * bearer token. {@code Idempotency-Key} carries the outbox entry's id, so a gateway that honours it
 * sends a message repeated after a lost answer only once. 2xx is delivered; 408, 429 and 5xx, a
 * timeout or a refused connection are worth trying again; any other status is a refusal for good.
 */
public final class JsonPost {

  /**
   * @param url where to POST
   * @param user for HTTP basic, with {@code password}; or empty
   * @param token a bearer token; or empty
   */
  public record Target(
      URI url,
      Optional<String> user,
      Optional<String> password,
      Optional<String> token,
      Duration connectTimeout,
      Duration requestTimeout) {

    /**
     * The endpoint configured under {@code prefix}: {@code .url}, {@code .user}, {@code .password},
     * {@code .token}, {@code .connect-timeout} (2 s) and {@code .request-timeout} (5 s); empty
     * without a URL. One reading for every deployer endpoint (SMS gateway, push webhook).
     */
    public static Optional<Target> configured(Config config, String prefix) {
      return config
          .getOptionalValue(prefix + ".url", URI.class)
          .map(
              url ->
                  new Target(
                      url,
                      config.getOptionalValue(prefix + ".user", String.class),
                      config.getOptionalValue(prefix + ".password", String.class),
                      config.getOptionalValue(prefix + ".token", String.class),
                      config
                          .getOptionalValue(prefix + ".connect-timeout", Duration.class)
                          .orElse(Duration.ofSeconds(2)),
                      config
                          .getOptionalValue(prefix + ".request-timeout", Duration.class)
                          .orElse(Duration.ofSeconds(5))));
    }
  }

  private final Target target;
  private final HttpClient client;

  public JsonPost(Target target) {
    this.target = target;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(target.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Target target() {
    return target;
  }

  /** Posts {@code json}; returns the status (2xx) or throws a {@link DeliveryFailure}. */
  public int post(String json, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.url())
            .timeout(target.requestTimeout())
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (target.token().isPresent() && !target.token().get().isBlank()) {
      request.header("Authorization", "Bearer " + target.token().get());
    } else if (target.user().isPresent() && !target.user().get().isBlank()) {
      String pair = target.user().get() + ":" + target.password().orElse("");
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpConnectTimeoutException e) {
      throw new DeliveryFailure("CONNECT_TIMEOUT", true, e);
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure("TIMEOUT", true, e);
    } catch (ConnectException e) {
      throw new DeliveryFailure("UNREACHABLE", true, e);
    } catch (IOException e) {
      throw new DeliveryFailure("IO", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("INTERRUPTED", true, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return status;
    }
    boolean retryable = status == 408 || status == 429 || status >= 500;
    throw new DeliveryFailure("HTTP_" + status, retryable, null);
  }
}
