package org.healthcode.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on a free loopback port. */
class JsonPostTest {

  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void post_WhenStatusIs2xx_Delivers() throws Exception {
    assertThat(post(start()).post("{}", "k-1")).isEqualTo(200);
  }

  @Test
  void post_WhenStatusIs5xxOr429_IsRetryable_Else4xxIsNot() throws Exception {
    JsonPost post = post(start());
    status.set(503);
    assertThatThrownBy(() -> post.post("{}", "k-1"))
        .isInstanceOfSatisfying(
            DeliveryFailure.class,
            f -> {
              assertThat(f.retryable()).isTrue();
              assertThat(f.kind()).isEqualTo("HTTP_503");
            });
    status.set(429);
    assertThatThrownBy(() -> post.post("{}", "k-1"))
        .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable()).isTrue());
    status.set(400);
    assertThatThrownBy(() -> post.post("{}", "k-1"))
        .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
  }

  @Test
  void post_WhenNobodyListens_IsRetryableUnreachable() throws Exception {
    int port = start();
    server.stop(0);
    server = null;
    assertThatThrownBy(() -> post(port).post("{}", "k-1"))
        .isInstanceOfSatisfying(
            DeliveryFailure.class,
            f -> {
              assertThat(f.retryable()).isTrue();
              assertThat(f.kind()).isIn("UNREACHABLE", "IO");
            });
  }

  private int start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
    return server.getAddress().getPort();
  }

  private static JsonPost post(int port) {
    return new JsonPost(
        new JsonPost.Target(
            URI.create("http://127.0.0.1:" + port + "/"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2)));
  }
}
