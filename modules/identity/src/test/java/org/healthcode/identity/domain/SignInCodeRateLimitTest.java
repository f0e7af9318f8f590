package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class SignInCodeRateLimitTest {

  private final SignInCodeRateLimit limit = new SignInCodeRateLimit(3, Duration.ofMinutes(15), 10);

  @Test
  void requireAllowed_BelowBothLimits_Allows() {
    assertThatCode(() -> limit.requireAllowed(2, 9)).doesNotThrowAnyException();
  }

  @Test
  void requireAllowed_WhenTheWindowIsFull_IsTooManyRequests() {
    assertThatThrownBy(() -> limit.requireAllowed(3, 3))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(IdentityErrorCodes.TOO_MANY_REQUESTS));
  }

  @Test
  void requireAllowed_WhenTheDayIsFull_IsTooManyRequests() {
    assertThatThrownBy(() -> limit.requireAllowed(0, 10)).isInstanceOf(HealthCodeException.class);
  }

  @Test
  void windowStart_IsTheWindowBeforeNow() {
    Instant now = Instant.parse("2020-03-01T08:00:00Z");
    assertThat(limit.windowStart(now)).isEqualTo(now.minus(Duration.ofMinutes(15)));
    assertThat(limit.dayStart(now)).isEqualTo(now.minus(Duration.ofDays(1)));
  }
}
