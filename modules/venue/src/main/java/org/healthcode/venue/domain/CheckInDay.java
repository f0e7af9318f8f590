package org.healthcode.venue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The city day a check-in belongs to (docs/adr/0042): check-ins are stored one partition per day,
 * numbered as {@link LocalDate#toEpochDay()} of the day in {@link TracingWindow#CITY_ZONE}. The
 * database computes the same number from {@code scanned_at} (the city is UTC+8 all year).
 */
public record CheckInDay(long epochDay) {

  /**
   * A device sends a scan again within seconds of a lost answer; a repetition up to this long after
   * midnight is still matched with a scan recorded on the day before.
   */
  public static final Duration RETRY_HORIZON = Duration.ofMinutes(15);

  public static CheckInDay of(Instant at) {
    Objects.requireNonNull(at, "at");
    return new CheckInDay(LocalDate.ofInstant(at, TracingWindow.CITY_ZONE).toEpochDay());
  }

  public LocalDate date() {
    return LocalDate.ofEpochDay(epochDay);
  }

  public Instant start() {
    return date().atStartOfDay(TracingWindow.CITY_ZONE).toInstant();
  }

  public CheckInDay previous() {
    return new CheckInDay(epochDay - 1);
  }

  public CheckInDay plusDays(long days) {
    return new CheckInDay(epochDay + days);
  }

  /**
   * Whether a scan at {@code at} might repeat one recorded the day before: it is within {@link
   * #RETRY_HORIZON} of the start of its day.
   */
  public static boolean mayRepeatThePreviousDay(Instant at) {
    return at.isBefore(of(at).start().plus(RETRY_HORIZON));
  }
}
