package org.healthcode.status.domain.counts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns stored daily net changes into end-of-day counts (docs/adr/0011): the count of a bucket at
 * the end of day D is the sum of its changes up to and including D.
 */
public final class DailySeries {

  public static final int MAX_DAYS = 366;

  private DailySeries() {}

  /** A day's end counts, every bucket present. */
  public record Day(LocalDate day, Map<Bucket, Long> counts) {}

  /**
   * @param before each bucket's changes summed over all days before {@code from}
   * @param changes the changes of each day in {@code [from, to]}; days without changes may be
   *     absent
   */
  public static List<Day> build(
      LocalDate from,
      LocalDate to,
      Map<Bucket, Long> before,
      Map<LocalDate, Map<Bucket, Long>> changes) {
    checkRange(from, to);
    Map<Bucket, Long> running = new LinkedHashMap<>();
    for (Bucket bucket : Bucket.ALL) {
      running.put(bucket, before.getOrDefault(bucket, 0L));
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      changes
          .getOrDefault(day, Map.of())
          .forEach((bucket, delta) -> running.merge(bucket, delta, Long::sum));
      days.add(new Day(day, Map.copyOf(running)));
    }
    return days;
  }

  /**
   * Refuses a reversed range or one longer than {@link #MAX_DAYS}, with IllegalArgumentException.
   */
  public static void checkRange(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends before it starts");
    }
    if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
      throw new IllegalArgumentException("at most " + MAX_DAYS + " days at a time");
    }
  }
}
