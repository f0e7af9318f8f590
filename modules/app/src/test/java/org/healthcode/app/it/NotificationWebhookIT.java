package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications through the push webhook (docs/adr/0026), against a fake push service this test
 * starts on loopback: the test server is configured with its URL, a bearer token, a 1 s request
 * timeout, 3 attempts and back-off from 1 s; the status jobs run every 2 s (failsafe
 * configuration).
 */
class NotificationWebhookIT extends DeployedApplication {

  static final int WEBHOOK_PORT = Integer.getInteger("healthcode.it.pushWebhookPort", 19951);

  record Received(JsonObject body, String authorization, String idempotencyKey) {}

  private HttpServer webhook;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> refusedPersons = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stopWebhook() {
    if (webhook != null) {
      webhook.stop(0);
      webhook = null;
    }
  }

  @Test
  void colourChange_WhenWebhookIsUp_IsPushedOnceWithTokenAndKey() throws Exception {
    startWebhook();

    Holder holder = Holders.withColour("ORANGE");

    Received push = awaitPush(holder, Duration.ofSeconds(30));
    assertThat(push.body().getString("kind")).isEqualTo("COLOUR_CHANGED");
    assertThat(push.body().getString("text")).startsWith("Your health code is now ORANGE");
    assertThat(push.authorization()).isEqualTo("Bearer push-secret");
    assertThat(push.idempotencyKey()).isEqualTo("notification-" + push.body().getString("id"));
    Map<String, Object> row = awaitRow(push.body().getString("id"), "delivered");
    assertThat(row).containsEntry("attempts", 0);
    Thread.sleep(4000); // two more rounds: a delivered notification is not pushed again
    assertThat(pushesTo(holder)).hasSize(1);
  }

  @Test
  void colourChange_WhenWebhookIsDown_IsPushedOnceItIsBack() throws Exception {
    long failedBefore = failedAttempts();
    Holder holder = Holders.withColour("ORANGE");
    // the job tried the channel and counted the failure (one probe per round while it is down:
    // the oldest due notification; the others wait without using up their attempts)
    awaitFailedAttemptsAbove(failedBefore, Duration.ofSeconds(30));

    startWebhook();

    Received push = awaitPush(holder, Duration.ofSeconds(60));
    Map<String, Object> row = awaitRow(push.body().getString("id"), "delivered");
    assertThat(row).containsEntry("failed", false);
    assertThat(pushesTo(holder)).hasSize(1);
  }

  private static long failedAttempts() throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT COALESCE(SUM(attempts), 0) FROM status_notification");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void awaitFailedAttemptsAbove(long before, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (failedAttempts() <= before) {
      assertThat(System.nanoTime()).as("waiting for a failed attempt").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  @Test
  void colourChange_WhenWebhookRefusesIt_FailsForGoodVisibly() throws Exception {
    startWebhook();
    Holder holder = Holders.newHolder();
    refusedPersons.add(holder.personId());

    Holders.declare(holder, "ORANGE");

    Received refused = awaitPush(holder, Duration.ofSeconds(30));
    Map<String, Object> row = awaitRow(refused.body().getString("id"), "failed");
    assertThat(row).containsEntry("lastFailure", "HTTP_422").containsEntry("attempts", 1);
    Thread.sleep(4000);
    assertThat(pushesTo(holder)).hasSize(1);
  }

  private void startWebhook() throws IOException {
    webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", WEBHOOK_PORT), 0);
    webhook.setExecutor(Executors.newCachedThreadPool());
    webhook.createContext("/push", this::answer);
    webhook.start();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonObject body;
      try (var reader =
          Json.createReader(
              new StringReader(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
        body = reader.readObject();
      }
      received.add(
          new Received(
              body,
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Idempotency-Key")));
      int status = refusedPersons.contains(body.getString("personId")) ? 422 : 202;
      exchange.sendResponseHeaders(status, -1);
    }
  }

  private List<Received> pushesTo(Holder holder) {
    return received.stream()
        .filter(r -> holder.personId().equals(r.body().getString("personId")))
        .filter(r -> "ORANGE".equals(r.body().getString("colour", null)))
        .toList();
  }

  private Received awaitPush(Holder holder, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (pushesTo(holder).isEmpty()) {
      assertThat(System.nanoTime()).as("waiting for the push").isLessThan(deadline);
      Thread.sleep(100);
    }
    return pushesTo(holder).get(0);
  }

  private static Map<String, Object> awaitRow(String id, String state) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      try (Connection connection = TestDatabase.connect();
          PreparedStatement select =
              connection.prepareStatement(
                  "SELECT delivered_at IS NOT NULL, failed_at IS NOT NULL, attempts, last_failure"
                      + " FROM status_notification WHERE id = ?")) {
        select.setLong(1, Long.parseLong(id));
        try (ResultSet row = select.executeQuery()) {
          assertThat(row.next()).isTrue();
          Map<String, Object> values = new HashMap<>();
          values.put("delivered", row.getBoolean(1));
          values.put("failed", row.getBoolean(2));
          values.put("attempts", row.getInt(3));
          values.put("lastFailure", row.getString(4));
          if (Boolean.TRUE.equals(values.get(state))) {
            return values;
          }
        }
      }
      assertThat(System.nanoTime()).as("waiting for the row to be " + state).isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
