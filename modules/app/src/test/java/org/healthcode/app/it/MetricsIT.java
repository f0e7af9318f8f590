package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus reads at {@code /metrics} (docs/adr/0029), and the request id every
 * answer carries.
 */
class MetricsIT extends DeployedApplication {

  @Test
  void metrics_AfterAScan_CountItByOutcomeWithItsLatencyBatchAndQueueWait() throws Exception {
    String before = metrics();
    double admitted = value(before, "healthcode_scans_total", "outcome=\"ADMIT\"");
    double codesIssued = value(before, "healthcode_code_issues_total", "");

    Device device = Venues.newDevice();
    String code = Holders.appCode(Holders.withColour("GREEN"));
    assertThat(Venues.scan(device, code, "36.6").getString("outcome")).isEqualTo("ADMIT");

    String after = metrics();
    assertThat(value(after, "healthcode_scans_total", "outcome=\"ADMIT\"")).isEqualTo(admitted + 1);
    assertThat(value(after, "healthcode_code_issues_total", "")).isGreaterThan(codesIssued);
    assertThat(value(after, "healthcode_scan_duration_seconds_count", "")).isPositive();
    assertThat(after)
        .containsPattern("healthcode_scan_duration_seconds_bucket\\{[^}]*le=\"0\\.02\"");
    assertThat(value(after, "healthcode_scan_batch_size_count", "")).isPositive();
    assertThat(after).containsPattern("healthcode_scan_batch_size_bucket\\{[^}]*le=\"64\\.0\"");
    assertThat(value(after, "healthcode_scan_queue_wait_seconds_count", "")).isPositive();
    assertThat(after).contains("healthcode_scan_queue_length");
    assertThat(after).contains("healthcode_sign_in_codes_total");
    // the status jobs run every 2 s in the tests
    assertThat(after)
        .containsPattern("healthcode_job_duration_seconds_count\\{[^}]*job=\"observation timers\"");
    // Liberty's own: the connection pool
    assertThat(after).containsPattern("connectionpool_\\w+\\{[^}]*datasource=\"jdbc_healthcode\"");
  }

  @Test
  void everyAnswer_CarriesARequestId_KeepingAnAcceptableOneFromTheClient() throws Exception {
    HttpResponse<String> fresh = Api.postJson("graphql", "{\"query\":\"{ colours { colour } }\"}");
    assertThat(fresh.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(5))
            .build();
    HttpResponse<String> kept =
        client.send(
            HttpRequest.newBuilder(Api.base().resolve("scanner/"))
                .header("X-Request-Id", "haproxy-0001.7")
                .timeout(java.time.Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(kept.headers().firstValue("X-Request-Id")).contains("haproxy-0001.7");
    HttpResponse<String> forged =
        client.send(
            HttpRequest.newBuilder(Api.base().resolve("graphql"))
                .header("X-Request-Id", "x\";DROP")
                .timeout(java.time.Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.headers().firstValue("X-Request-Id"))
        .get()
        .asString()
        .matches("[0-9a-f]{16}");
  }

  private static String metrics() {
    HttpResponse<String> response = Api.get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The sum of the samples of a metric whose labels contain {@code labels}; 0 when none. */
  private static double value(String exposition, String name, String labels) {
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$")
            .matcher(exposition);
    double sum = 0;
    while (sample.find()) {
      if (sample.group(1) == null ? labels.isEmpty() : sample.group(1).contains(labels)) {
        sum += Double.parseDouble(sample.group(2));
      }
    }
    return sum;
  }
}
