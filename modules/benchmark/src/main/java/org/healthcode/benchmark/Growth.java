package org.healthcode.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The growth probe (README "Growth", issue 18): on a running benchmark server over a generated
 * city, times through the public API what grows with the data: the analyst counts, a 31-day {@code
 * scanStatistics} (its first page, then every page), the contact-tracing job of one case with
 * {@code --visits} visits, and one retention run. Start the server with a retention shorter than
 * the loaded days (bench.sh growth does) and the run drops the oldest day's partition.
 */
final class Growth {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\":\"([^\"]+)\"");
  private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([^\"]+)\"");
  private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");

  private final Database database;
  private final String url;
  private final int visits;
  private final int repeats;
  private final HttpClient http = HttpClient.newHttpClient();

  Growth(Database database, Options options) {
    this.database = database;
    this.url = options.text("url", "http://127.0.0.1:9080");
    this.visits = options.integer("visits", 10);
    this.repeats = options.integer("repeats", 50);
  }

  void run() throws Exception {
    data("before");
    String analyst = Jwt.sign("staff:growth-analyst", List.of("ANALYST"), Map.of(), 3600);
    String reviewer = Jwt.sign("staff:growth-reviewer", List.of("REVIEWER"), Map.of(), 3600);
    String admin = Jwt.sign("staff:growth-admin", List.of("ADMIN"), Map.of(), 3600);

    timed(
        "analyst counts (colourCounts)",
        () -> graphql("{ colourCounts { colour district count } }", analyst));

    Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Instant from = to.minus(Duration.ofDays(31));
    String firstPage =
        "{ scanStatistics(from: \\\"%s\\\", to: \\\"%s\\\", first: 100) { edges { node { scans } }"
            + " pageInfo { endCursor hasNextPage } } }";
    timed(
        "scanStatistics, 31 days, first page of 100",
        () -> graphql(firstPage.formatted(from, to), analyst));
    allPages(from, to, analyst);

    tracing(reviewer);

    long start = System.nanoTime();
    String purged = graphql("mutation { runCheckInRetention }", admin);
    System.out.printf(
        "retention run: %s in %,d ms%n", purged, (System.nanoTime() - start) / 1_000_000);
    data("after");
  }

  /** Rows and bytes as InnoDB reports them (estimates for the large tables). */
  private void data(String when) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      long persons = single(statement, "SELECT COUNT(*) FROM identity_person");
      long checkIns =
          single(
              statement,
              "SELECT SUM(TABLE_ROWS) FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA ="
                  + " DATABASE() AND TABLE_NAME = 'venue_check_in'");
      long bytes =
          single(
              statement,
              "SELECT SUM(DATA_LENGTH + INDEX_LENGTH) FROM information_schema.TABLES WHERE"
                  + " TABLE_SCHEMA = DATABASE()");
      long checkInBytes =
          single(
              statement,
              "SELECT SUM(DATA_LENGTH + INDEX_LENGTH) FROM information_schema.TABLES WHERE"
                  + " TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'venue_check_in'");
      System.out.printf(
          "data %s: %,d persons, ~%,d check-ins (InnoDB estimate); tables %.1f GB, of which"
              + " check-ins %.1f GB%n",
          when, persons, checkIns, bytes / 1e9, checkInBytes / 1e9);
    }
  }

  /** The first call (cold for this query), then {@code repeats} more: median and slowest. */
  private void timed(String what, ThrowingSupplier<String> call) throws Exception {
    long start = System.nanoTime();
    String first = call.get();
    long cold = System.nanoTime() - start;
    failOnErrors(what, first);
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      start = System.nanoTime();
      failOnErrors(what, call.get());
      warm.add(System.nanoTime() - start);
    }
    Collections.sort(warm);
    System.out.printf(
        "%s: first %.1f ms, then median %.2f ms, p99 %.2f ms over %d%n",
        what,
        cold / 1e6,
        warm.get(warm.size() / 2) / 1e6,
        warm.get(Math.min(warm.size() - 1, (int) Math.ceil(warm.size() * 0.99) - 1)) / 1e6,
        warm.size());
  }

  /** Every page of the 31 days, as an analyst's export would read them. */
  private void allPages(Instant from, Instant to, String analyst) throws Exception {
    String page =
        "{ scanStatistics(from: \\\"%s\\\", to: \\\"%s\\\", first: 100%s) { edges { node {"
            + " scans } } pageInfo { endCursor hasNextPage } } }";
    int pages = 0;
    long slowest = 0;
    String after = "";
    long start = System.nanoTime();
    while (true) {
      long pageStart = System.nanoTime();
      String body = graphql(page.formatted(from, to, after), analyst);
      slowest = Math.max(slowest, System.nanoTime() - pageStart);
      failOnErrors("scanStatistics page", body);
      pages++;
      Matcher cursor = END_CURSOR.matcher(body);
      if (!body.contains("\"hasNextPage\":true") || !cursor.find()) {
        break;
      }
      after = ", after: \\\"" + cursor.group(1) + "\\\"";
    }
    long total = System.nanoTime() - start;
    System.out.printf(
        "scanStatistics, 31 days, every page: %,d pages in %,d ms (%.2f ms a page, slowest"
            + " %.1f ms)%n",
        pages, total / 1_000_000, total / 1e6 / pages, slowest / 1e6);
  }

  /** A person with exactly {@code visits} check-ins in the window, recorded as a case. */
  private void tracing(String reviewer) throws Exception {
    LocalDate onset = LocalDate.now(CITY).minusDays(25);
    Instant infectiousFrom = onset.minusDays(2).atStartOfDay(CITY).toInstant();
    long person = personWithVisits(infectiousFrom);
    if (person < 0) {
      System.out.printf("contact tracing: no person with %d visits found; not measured%n", visits);
      return;
    }
    long start = System.nanoTime();
    String recorded =
        graphql(
            "mutation { recordConfirmedCase(personId: \\\"%d\\\", onsetDate: \\\"%s\\\") { caseId } }"
                .formatted(person, onset),
            reviewer);
    failOnErrors("recordConfirmedCase", recorded);
    Matcher caseId = CASE_ID.matcher(recorded);
    if (!caseId.find()) {
      throw new IllegalStateException("recordConfirmedCase answered " + recorded);
    }
    String job =
        "{ contactTracingJob(caseId: \\\"%s\\\") { state caseVisits exposed exposedPersons"
            + " markedOrange observationRestarted applied recordedAt finishedAt } }";
    String report;
    while (true) {
      report = graphql(job.formatted(caseId.group(1)), reviewer);
      failOnErrors("contactTracingJob", report);
      Matcher state = STATE.matcher(report);
      if (state.find() && state.group(1).equals("DONE")) {
        break;
      }
      if (System.nanoTime() - start > Duration.ofMinutes(20).toNanos()) {
        throw new IllegalStateException("contact tracing not DONE after 20 min: " + report);
      }
      Thread.sleep(50);
    }
    System.out.printf(
        "contact tracing of one case (%d visits since %s): DONE %,d ms after it was recorded,"
            + " seen by polling every 50 ms: %s%n",
        visits, infectiousFrom, (System.nanoTime() - start) / 1_000_000, report);
  }

  private long personWithVisits(Instant since) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM venue_check_in WHERE person_id = ? AND scanned_at >= ?")) {
      long maxId = single(statement, "SELECT MAX(id) FROM identity_person");
      Random random = new Random(2020);
      for (int tries = 0; tries < 100_000; tries++) {
        long candidate = 1 + (long) (random.nextDouble() * maxId);
        count.setLong(1, candidate);
        count.setTimestamp(2, Timestamp.from(since));
        try (ResultSet row = count.executeQuery()) {
          row.next();
          if (row.getLong(1) == visits) {
            return candidate;
          }
        }
      }
      return -1;
    }
  }

  private String graphql(String query, String bearer) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/graphql"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearer)
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static void failOnErrors(String what, String body) {
    if (body.contains("\"errors\"")) {
      throw new IllegalStateException(what + " answered " + body);
    }
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @FunctionalInterface
  private interface ThrowingSupplier<T> {
    T get() throws Exception;
  }
}
