package org.healthcode.declaration.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The city's calendar: dates in declarations, rules and risk areas are days in Tianjin. */
public final class CityTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CityTime() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
