package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.Declarations;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.SecondServer;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;

/**
 * Degraded mode (docs/adr/0035): a second server reaches the database only through a TCP proxy
 * (socat) that the test stops, as a network partition between the server and its database would.
 * Every operation then answers within a few seconds with a documented code, and healthCodeQr keeps
 * serving the last code the server issued to the caller, marked lastKnown, while it is valid. The
 * shared MariaDB is never touched: only the proxy started here is stopped.
 */
class DegradedModeIT extends DeployedApplication {

  /** The proxy listens on this branch's spare database port (the embedded one is unused here). */
  private static final int PROXY_PORT = Integer.getInteger("healthcode.it.proxyPort", 3320);

  /**
   * ADR 19's bound for any answer while the database fails (10 s), and a little for the HTTP hop.
   */
  private static final Duration BOUND = Duration.ofMillis(10_500);

  private static final String QR =
      "query($p: ID!) { healthCodeQr(personId: $p) { token colour expiresAt lastKnown } }";

  @Test
  void databaseUnreachable_AnswersAreQuickAndCoded_AndHealthCodeQrServesTheLastCode()
      throws Exception {
    Holder holder = Holders.withColour("GREEN");
    // a person whose code the second server never issued: nothing to serve from memory
    Holder never = Holders.newHolder();
    Venues.Device gate = Venues.newDevice();
    String database = System.getProperty("healthcode.it.dbUrl").replaceAll(".*/", "");
    Process proxy = startProxy();
    SecondServer server = SecondServer.create("healthcode-degraded");
    URI degraded = SecondServer.uri();
    try {
      server.start(
          "jdbc:mariadb://127.0.0.1:" + PROXY_PORT + "/" + database,
          Map.of("DB_SOCKET_TIMEOUT_MS", "3000", "DB_CONNECT_TIMEOUT_MS", "2000"));
      assertThat(SecondServer.awaitReady(degraded, Duration.ofMinutes(5))).isTrue();
      JsonObject fresh = Api.on(degraded, () -> qr(holder));
      assertThat(fresh.getBoolean("lastKnown")).isFalse();

      stopProxy(proxy);

      Map<String, Long> millis = new LinkedHashMap<>();
      Map<String, String> codes = new LinkedHashMap<>();
      Map<String, Supplier<Response>> operations = new LinkedHashMap<>();
      operations.put(
          "healthCodeQr never issued here",
          () -> Api.graphql(QR, Map.of("p", never.personId()), never.token()));
      operations.put("me", () -> Api.graphql("{ me { maskedPhone } }", holder.token()));
      operations.put(
          "healthCode",
          () ->
              Api.graphql(
                  "query($p: ID!) { healthCode(personId: $p) { colour } }",
                  Map.of("p", holder.personId()),
                  holder.token()));
      operations.put(
          "submitDeclaration",
          () ->
              Api.graphql(
                  "mutation($in: DeclarationInput!) { submitDeclaration(input: $in) { outcome } }",
                  Map.of("in", Declarations.nothingToReport(holder.personId())),
                  holder.token()));
      operations.put(
          "scan",
          () -> Venues.scan(gate, "scan-" + UUID.randomUUID(), fresh.getString("token"), "36.5"));
      operations.put(
          "printPaperCode",
          () ->
              Api.graphql(
                  "mutation($p: ID!) { printPaperCode(personId: $p) { token } }",
                  Map.of("p", holder.personId()),
                  holder.token()));
      JsonObject[] last = new JsonObject[1];
      long qrStart = System.nanoTime();
      Response served =
          Api.on(degraded, () -> Api.graphql(QR, Map.of("p", holder.personId()), holder.token()));
      millis.put("healthCodeQr", (System.nanoTime() - qrStart) / 1_000_000);
      assertThat(served.getErrors()).as("healthCodeQr errors").isNullOrEmpty();
      last[0] = served.getData().getJsonObject("healthCodeQr");
      for (var operation : operations.entrySet()) {
        long start = System.nanoTime();
        Response response = Api.on(degraded, operation.getValue());
        millis.put(operation.getKey(), (System.nanoTime() - start) / 1_000_000);
        codes.put(operation.getKey(), Citizens.errorCode(response));
      }
      System.out.println("Degraded mode, answer times in ms: " + millis + ", codes: " + codes);

      assertThat(last[0].getBoolean("lastKnown")).isTrue();
      assertThat(last[0].getString("token")).isEqualTo(fresh.getString("token"));
      assertThat(last[0].getString("colour")).isEqualTo("GREEN");
      List<String> slow = new ArrayList<>();
      millis.forEach(
          (name, ms) -> {
            if (ms > BOUND.toMillis()) {
              slow.add(name + " " + ms + " ms");
            }
          });
      assertThat(slow).as("answers over the bound").isEmpty();
      // plain reads: DATABASE_UNAVAILABLE; transactions: ADR 23's TRY_AGAIN for a lost connection
      assertThat(codes.get("healthCodeQr never issued here")).isEqualTo("DATABASE_UNAVAILABLE");
      assertThat(codes)
          .allSatisfy(
              (name, code) ->
                  assertThat(code)
                      .as(name)
                      .isIn("DATABASE_UNAVAILABLE", "TRY_AGAIN", "SCAN_NOT_RECORDED"));
      // the scan keeps ADR 19's documented code for a scan that could not be recorded
      assertThat(codes.get("scan")).isIn("SCAN_NOT_RECORDED", "DATABASE_UNAVAILABLE");

      // back: fresh codes again
      proxy = startProxy();
      boolean recovered = false;
      for (int i = 0; i < 60 && !recovered; i++) {
        Response again =
            Api.on(degraded, () -> Api.graphql(QR, Map.of("p", holder.personId()), holder.token()));
        recovered =
            (again.getErrors() == null || again.getErrors().isEmpty())
                && !again.getData().getJsonObject("healthCodeQr").getBoolean("lastKnown");
        if (!recovered) {
          Thread.sleep(1000);
        }
      }
      assertThat(recovered).as("fresh codes once the database is back").isTrue();
    } finally {
      try {
        server.stop();
      } finally {
        stopProxy(proxy);
      }
    }
  }

  private static JsonObject qr(Holder holder) {
    return data(Api.graphql(QR, Map.of("p", holder.personId()), holder.token()), "healthCodeQr");
  }

  /** socat forwarding the proxy port to the shared MariaDB, one child process per connection. */
  private static Process startProxy() throws Exception {
    Process proxy =
        new ProcessBuilder(
                "socat",
                "TCP-LISTEN:" + PROXY_PORT + ",bind=127.0.0.1,reuseaddr,fork",
                "TCP:127.0.0.1:3306")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread.sleep(300);
    assertThat(proxy.isAlive()).as("socat on port " + PROXY_PORT).isTrue();
    return proxy;
  }

  /** Stops the proxy and every connection it forwards (its children): the database is gone. */
  private static void stopProxy(Process proxy) throws InterruptedException {
    List<ProcessHandle> children = proxy.descendants().toList();
    proxy.destroy();
    children.forEach(ProcessHandle::destroy);
    proxy.waitFor();
    for (ProcessHandle child : children) {
      child.onExit().join();
    }
  }
}
