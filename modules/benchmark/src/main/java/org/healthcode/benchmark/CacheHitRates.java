package org.healthcode.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's cache counts ({@code healthcode_cache_*} at {@code /metrics}, docs/adr/0038) read
 * before and after a phase: the hit rate of each cache over that phase alone.
 */
final class CacheHitRates {

  private static final Pattern COUNT =
      Pattern.compile(
          "^healthcode_cache_(hits|misses|evictions|size)\\{[^}]*cache=\"(\\w+)\"[^}]*}\\s+([0-9.eE+]+)",
          Pattern.MULTILINE);

  private final HttpClient http;
  private final String url;
  private Map<String, long[]> atStart = Map.of();

  CacheHitRates(HttpClient http, String url) {
    this.http = http;
    this.url = url;
  }

  /** Reads the counts at the start of the phase. */
  void start() {
    atStart = read();
  }

  /**
   * Prints each cache's hits, misses, hit rate and evictions over the phase, and its size now; puts
   * the hit rates into {@code results} as {@code cache_<name>_hit_rate}.
   */
  void end(String phase, Map<String, Object> results) {
    read()
        .forEach(
            (cache, now) -> {
              long[] before = atStart.getOrDefault(cache, new long[4]);
              long hits = now[0] - before[0];
              long misses = now[1] - before[1];
              double rate = hits + misses == 0 ? 0 : (double) hits / (hits + misses);
              System.out.printf(
                  "Cache %s during %s: %,d hits, %,d misses, hit rate %.3f, %,d evictions,"
                      + " %,d entries now%n",
                  cache, phase, hits, misses, rate, now[2] - before[2], now[3]);
              results.put("cache_" + cache + "_hit_rate", rate);
            });
  }

  private Map<String, long[]> read() {
    Map<String, long[]> counts = new TreeMap<>();
    try {
      String body =
          http.send(
                  HttpRequest.newBuilder(URI.create(url + "/metrics?scope=application")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = COUNT.matcher(body);
      while (m.find()) {
        int field =
            switch (m.group(1)) {
              case "hits" -> 0;
              case "misses" -> 1;
              case "evictions" -> 2;
              default -> 3;
            };
        counts.computeIfAbsent(m.group(2), c -> new long[4])[field] =
            (long) Double.parseDouble(m.group(3));
      }
    } catch (Exception e) {
      System.out.println("Cache counts not read from " + url + "/metrics: " + e.getMessage());
    }
    return counts;
  }
}
