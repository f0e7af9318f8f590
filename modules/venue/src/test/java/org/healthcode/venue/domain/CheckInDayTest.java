package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInDayTest {

  @Test
  void of_AtCityMidnight_IsTheNewCityDay() {
    // 16:00 UTC is midnight in the city (UTC+8)
    assertThat(CheckInDay.of(Instant.parse("2026-12-03T15:59:59.999Z")).date())
        .isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(CheckInDay.of(Instant.parse("2026-12-03T16:00:00Z")).date())
        .isEqualTo(LocalDate.parse("2026-12-04"));
  }

  @Test
  void epochDay_Always_IsTheNumberTheDatabaseComputes() {
    // FLOOR((UNIX_TIMESTAMP('2026-12-03 20:10:02 UTC') + 28800) / 86400) = 20791
    assertThat(CheckInDay.of(Instant.parse("2026-12-03T20:10:02Z")).epochDay()).isEqualTo(20791);
  }

  @Test
  void mayRepeatThePreviousDay_WithinTheHorizonAfterCityMidnight_IsTrue() {
    assertThat(CheckInDay.mayRepeatThePreviousDay(Instant.parse("2026-12-03T16:00:00Z"))).isTrue();
    assertThat(CheckInDay.mayRepeatThePreviousDay(Instant.parse("2026-12-03T16:14:59.999Z")))
        .isTrue();
  }

  @Test
  void mayRepeatThePreviousDay_AfterTheHorizonOrBeforeMidnight_IsFalse() {
    assertThat(CheckInDay.mayRepeatThePreviousDay(Instant.parse("2026-12-03T16:15:00Z"))).isFalse();
    assertThat(CheckInDay.mayRepeatThePreviousDay(Instant.parse("2026-12-03T15:59:59Z"))).isFalse();
  }
}
