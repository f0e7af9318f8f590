package org.healthcode.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.http.RateLimits.Limit;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private final RateLimits limits = new RateLimits();
  private final Limit threePerHour = new Limit("test.address", 3, Duration.ofHours(1));

  @Test
  void take_WhenBucketIsEmpty_RefusesWithRateLimitedAndSecondsToWait() {
    for (int i = 0; i < 3; i++) {
      limits.take(threePerHour, "203.0.113.9", "too many");
    }

    assertThatThrownBy(() -> limits.take(threePerHour, "203.0.113.9", "too many"))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCodes.RATE_LIMITED);
              // one token comes back every 20 minutes
              assertThat((Long) e.getExtensions().get("retryAfterSeconds"))
                  .isBetween(1_190L, 1_200L);
            });
  }

  @Test
  void take_WhenOtherKeyOrOtherLimit_HasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limits.take(threePerHour, "203.0.113.9", "too many");
    }

    limits.take(threePerHour, "203.0.113.10", "too many");
    limits.take(new Limit("test.global", 3, Duration.ofHours(1)), "203.0.113.9", "too many");
  }

  @Test
  void take_WhenPeriodPassed_RefillsTheBucket() throws InterruptedException {
    Limit twoPerSecond = new Limit("test.fast", 2, Duration.ofMillis(200));
    limits.take(twoPerSecond, "", "too many");
    limits.take(twoPerSecond, "", "too many");
    assertThatThrownBy(() -> limits.take(twoPerSecond, "", "too many"))
        .isInstanceOf(HealthCodeException.class);

    Thread.sleep(250);

    limits.take(twoPerSecond, "", "too many");
  }
}
