package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-29T10:15:30Z");
  private final RetentionPolicy policy = RetentionPolicy.standard();

  @Test
  void standard_Always_Keeps28Days() {
    assertThat(policy.keep()).isEqualTo(Duration.ofDays(28));
  }

  @Test
  void cutoff_WithTheStandardPolicy_Is28DaysBeforeNow() {
    assertThat(policy.cutoff(NOW)).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
  }

  @Test
  void isExpired_WhenExactly28DaysOld_IsKept() {
    assertThat(policy.isExpired(Instant.parse("2026-03-01T10:15:30Z"), NOW)).isFalse();
  }

  @Test
  void isExpired_WhenOlderThan28DaysButOnTheCutoffsCityDay_IsKeptUntilTheDayIsOver() {
    // the cutoff is 2026-03-01 18:15:30 in the city; that day began at 2026-02-28T16:00Z
    assertThat(policy.isExpired(Instant.parse("2026-03-01T10:15:29.999999999Z"), NOW)).isFalse();
    assertThat(policy.isExpired(Instant.parse("2026-02-28T16:00:00Z"), NOW)).isFalse();
  }

  @Test
  void isExpired_WhenItsCityDayEndedBeforeTheCutoff_IsDeleted() {
    assertThat(policy.isExpired(Instant.parse("2026-02-28T15:59:59.999Z"), NOW)).isTrue();
  }

  @Test
  void firstKeptDay_WithTheStandardPolicy_IsTheCityDayOfTheCutoff() {
    assertThat(policy.firstKeptDay(NOW).date()).isEqualTo(LocalDate.parse("2026-03-01"));
    // 20:00 UTC is already the next day in the city
    assertThat(policy.firstKeptDay(Instant.parse("2026-03-29T20:00:00Z")).date())
        .isEqualTo(LocalDate.parse("2026-03-02"));
  }

  @Test
  void isExpired_WhenYounger_IsKept() {
    assertThat(policy.isExpired(NOW.minus(Duration.ofDays(27)), NOW)).isFalse();
    assertThat(policy.isExpired(NOW, NOW)).isFalse();
  }

  @Test
  void cutoff_WithAConfiguredKeep_UsesIt() {
    assertThat(new RetentionPolicy(Duration.ofDays(14)).cutoff(NOW))
        .isEqualTo(Instant.parse("2026-03-15T10:15:30Z"));
  }

  @Test
  void new_WhenKeepIsZeroOrNegative_Refuses() {
    assertThatThrownBy(() -> new RetentionPolicy(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPolicy(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
