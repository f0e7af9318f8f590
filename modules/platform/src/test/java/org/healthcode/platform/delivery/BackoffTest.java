package org.healthcode.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), 5);

  @Test
  void after_WhenAttemptsGrow_DoublesUpToTheMaximum() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(500)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void mayRetry_WhenAttemptsReachTheBound_IsFalse() {
    assertThat(backoff.mayRetry(4)).isTrue();
    assertThat(backoff.mayRetry(5)).isFalse();
  }

  @Test
  void new_WhenFirstExceedsMax_Refuses() {
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
