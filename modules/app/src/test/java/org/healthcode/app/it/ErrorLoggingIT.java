package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, finding 7: an expected refusal is logged once, in one short line without a stack trace
 * (it was ~6 KB of ERROR with ~60 frames per 40-byte request). Reads the test server's
 * messages.log.
 */
class ErrorLoggingIT extends DeployedApplication {

  private static final int REQUESTS = 5;

  @Test
  void refusal_WhenUnauthenticated_IsLoggedBrieflyWithoutAStackTrace() throws Exception {
    String added =
        logDuring(
            () -> {
              for (int i = 0; i < REQUESTS; i++) {
                Api.graphql("{ myData { persons { id } } }");
              }
            });

    assertThat(added).doesNotContain("\tat ", "HealthCodeException", "SRGQL012000");
    assertThat(added.getBytes(StandardCharsets.UTF_8).length).isLessThan(REQUESTS * 300);
  }

  @Test
  void refusal_WhenForbidden_IsLoggedOnceInOneLine() throws Exception {
    String citizen = TestTokens.valid("citizen:logging-it", List.of("CITIZEN"));

    String added = logDuring(() -> Api.graphql("{ staffAccounts { edges { cursor } } }", citizen));

    assertThat(added).doesNotContain("\tat ");
    assertThat(added.lines().filter(line -> line.contains("Refused"))).hasSize(1);
    assertThat(added.lines().filter(line -> line.contains("Refused")).findFirst().orElseThrow())
        .contains("FORBIDDEN");
  }

  /**
   * What the server logged while {@code requests} ran (after a moment for the log to flush),
   * without Liberty's FFDC notices: the transaction interceptor files the first incident of each
   * kind once per server run (logs/ffdc), a line that does not repeat per request; and without the
   * outbox jobs' lines (SMS and notification deliveries retrying other tests' messages on their own
   * schedule, whatever the requests do).
   */
  private static String logDuring(Runnable requests) throws IOException, InterruptedException {
    Path log = messagesLog();
    long before = Files.size(log);
    requests.run();
    Thread.sleep(1_500);
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      byte[] added = new byte[(int) (file.length() - before)];
      file.seek(before);
      file.readFully(added);
      return new String(added, StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.contains("FFDC1015I"))
          .filter(
              line ->
                  !line.contains("SignInCodeDelivery") && !line.contains("NotificationDelivery"))
          .collect(java.util.stream.Collectors.joining("\n"));
    }
  }

  private static Path messagesLog() {
    return Path.of(
        System.getProperty("healthcode.it.wlpHome"),
        "usr",
        "servers",
        System.getProperty("healthcode.it.serverName"),
        "logs",
        "messages.log");
  }
}
