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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in codes through the HTTP SMS gateway (docs/adr/0026), against a fake gateway this test
 * starts on loopback: the test server is configured with its URL, basic credentials, a 1 s request
 * timeout, 3 attempts, back-off from 1 s and a sweep every second (failsafe configuration).
 */
class SmsGatewayIT extends DeployedApplication {

  static final int GATEWAY_PORT = Integer.getInteger("healthcode.it.smsGatewayPort", 19950);
  private static final String REQUEST_CODE =
      "mutation($p: String!) { requestSignInCode(phone: $p) { expiresAt } }";

  /** What the fake gateway received. */
  record Received(JsonObject body, String authorization, String idempotencyKey) {}

  private HttpServer gateway;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** Per phone: how to answer (status, delay). Default: 200 at once. */
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

  record Behaviour(int status, Duration delay, AtomicInteger slowTimes) {}

  @AfterEach
  void stopGateway() {
    if (gateway != null) {
      gateway.stop(0);
      gateway = null;
    }
  }

  @Test
  void requestSignInCode_WhenGatewayIsUp_SendsTheCodeInTheCitizensLanguage() throws Exception {
    startGateway();
    String chinese = Citizens.newPhone();
    String english = Citizens.newPhone();

    requestCode(chinese, "zh-CN");
    requestCode(english, "en");

    Received inChinese = awaitMessageTo(chinese, Duration.ofSeconds(15));
    assertThat(inChinese.body().getString("language")).isEqualTo("zh-CN");
    assertThat(inChinese.body().getString("text"))
        .contains("验证码")
        .contains(Citizens.developmentCode(chinese))
        .contains("5分钟");
    assertThat(inChinese.authorization())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("hc-test:gateway-secret".getBytes(StandardCharsets.UTF_8)));
    assertThat(inChinese.idempotencyKey())
        .isEqualTo("sign-in-code-" + inChinese.body().getString("reference"));
    Received inEnglish = awaitMessageTo(english, Duration.ofSeconds(15));
    assertThat(inEnglish.body().getString("text"))
        .startsWith("Health Code: your sign-in code is " + Citizens.developmentCode(english));
    // the gateway answered before the server recorded it: wait for the record
    assertThat(awaitSent(inEnglish, Duration.ofSeconds(10))).containsEntry("message", null);
    // the citizen signs in with the code that came by SMS
    assertThat(Citizens.signIn(english)).isNotBlank();
  }

  @Test
  void requestSignInCode_WhenGatewayIsDown_SendsOnceItIsBack() throws Exception {
    String phone = Citizens.newPhone();
    long before = lastOutboxId();

    requestCode(phone, "en"); // answered without an error: the code waits in the outbox
    awaitAttempts(before, 1, Duration.ofSeconds(10));
    startGateway();

    Received message = awaitMessageTo(phone, Duration.ofSeconds(20));
    Map<String, Object> row = awaitSent(message, Duration.ofSeconds(10));
    assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(2);
    assertThat(received.stream().filter(r -> to(r, phone)).count()).isEqualTo(1);
  }

  @Test
  void requestSignInCode_WhenGatewayIsSlow_TimesOutAndRetriesWithTheSameKey() throws Exception {
    startGateway();
    String phone = Citizens.newPhone();
    behaviours.put(phone, new Behaviour(200, Duration.ofSeconds(3), new AtomicInteger(1)));

    requestCode(phone, "en");

    // the first call is cut off after the 1 s timeout; the second (after the back-off) answers
    awaitCount(phone, 2, Duration.ofSeconds(20));
    List<Received> calls = received.stream().filter(r -> to(r, phone)).toList();
    assertThat(calls.get(0).idempotencyKey()).isEqualTo(calls.get(1).idempotencyKey());
    Map<String, Object> row = awaitSent(calls.get(1), Duration.ofSeconds(10));
    assertThat((Integer) row.get("attempts")).isEqualTo(2);
  }

  @Test
  void requestSignInCode_WhenGatewayRefusesTheMessage_FailsForGoodVisibly() throws Exception {
    startGateway();
    String phone = Citizens.newPhone();
    behaviours.put(phone, new Behaviour(400, Duration.ZERO, new AtomicInteger()));

    requestCode(phone, "en");

    Received refused = awaitMessageTo(phone, Duration.ofSeconds(15));
    Map<String, Object> row = awaitFailed(refused, Duration.ofSeconds(10));
    assertThat(row)
        .containsEntry("lastFailure", "HTTP_400")
        .containsEntry("attempts", 1)
        .containsEntry("message", null);
    Thread.sleep(2500); // beyond the back-off: a refusal is not tried again
    assertThat(received.stream().filter(r -> to(r, phone)).count()).isEqualTo(1);
  }

  @Test
  void serverLog_WhenCodesAreDelivered_ShowsPhonesMaskedOnly() throws Exception {
    String phone = Citizens.newPhone();
    long before = lastOutboxId();
    requestCode(phone, "en"); // the gateway is down: the failure is logged
    awaitAttempts(before, 1, Duration.ofSeconds(10));
    Thread.sleep(500);

    List<String> outboxLines =
        Files.readAllLines(serverLog(), StandardCharsets.UTF_8).stream()
            .filter(line -> line.contains("SMS outbox"))
            .toList();
    assertThat(outboxLines).isNotEmpty().noneMatch(line -> line.contains(phone));
    assertThat(outboxLines)
        .anyMatch(line -> line.contains(phone.substring(0, 3) + "****" + phone.substring(7)));
  }

  private void startGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", GATEWAY_PORT), 0);
    gateway.setExecutor(Executors.newCachedThreadPool());
    gateway.createContext("/sms", this::answer);
    gateway.start();
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
      Behaviour behaviour =
          behaviours.getOrDefault(
              body.getString("to"), new Behaviour(200, Duration.ZERO, new AtomicInteger()));
      if (behaviour.slowTimes().getAndDecrement() > 0) {
        try {
          Thread.sleep(behaviour.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(behaviour.status(), answer.length);
      exchange.getResponseBody().write(answer);
    } catch (IOException e) {
      // the server hung up on a slow answer: expected in the slow test
    }
  }

  private static void requestCode(String phone, String language) {
    var response = Api.postGraphqlIn(language, REQUEST_CODE, Map.of("p", phone), null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("\"errors\"");
  }

  private static boolean to(Received received, String phone) {
    return phone.equals(received.body().getString("to"));
  }

  private Received awaitMessageTo(String phone, Duration patience) throws InterruptedException {
    awaitCount(phone, 1, patience);
    return received.stream().filter(r -> to(r, phone)).findFirst().orElseThrow();
  }

  private void awaitCount(String phone, int count, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (received.stream().filter(r -> to(r, phone)).count() < count) {
      assertThat(System.nanoTime()).as("waiting for %d message(s)", count).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static Map<String, Object> awaitSent(Received message, Duration patience)
      throws Exception {
    return awaitRow(message, "sent", patience);
  }

  private static Map<String, Object> awaitFailed(Received message, Duration patience)
      throws Exception {
    return awaitRow(message, "failed", patience);
  }

  private static Map<String, Object> awaitRow(Received message, String flag, Duration patience)
      throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Map<String, Object> row = outboxRow(message);
      if (Boolean.TRUE.equals(row.get(flag))) {
        return row;
      }
      assertThat(System.nanoTime()).as("waiting for the entry to be " + flag).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static Map<String, Object> outboxRow(Received message) throws SQLException {
    long id = Long.parseLong(message.body().getString("reference"));
    try (Connection connection = TestDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT sent_at IS NOT NULL, failed_at IS NOT NULL, attempts, last_failure,"
                    + " message FROM identity_sms_outbox WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("sent", row.getBoolean(1));
        values.put("failed", row.getBoolean(2));
        values.put("attempts", row.getInt(3));
        values.put("lastFailure", row.getString(4));
        values.put("message", row.getBytes(5));
        return values;
      }
    }
  }

  private static long lastOutboxId() throws SQLException {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM identity_sms_outbox")) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Waits until the first entry after {@code after} has had at least {@code attempts} attempts. */
  private static void awaitAttempts(long after, int attempts, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      try (Connection connection = TestDatabase.connect();
          PreparedStatement select =
              connection.prepareStatement(
                  "SELECT attempts FROM identity_sms_outbox WHERE id > ? ORDER BY id LIMIT 1")) {
        select.setLong(1, after);
        try (ResultSet row = select.executeQuery()) {
          if (row.next() && row.getInt(1) >= attempts) {
            return;
          }
        }
      }
      assertThat(System.nanoTime()).as("waiting for an attempt").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static Path serverLog() {
    return Path.of(
        System.getProperty("healthcode.it.wlpHome"),
        "usr",
        "servers",
        System.getProperty("healthcode.it.serverName"),
        "logs",
        "messages.log");
  }
}
