package org.healthcode.identity.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBackOffTest {

  private static final Instant LAST = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void waitAfter_TheFreeFailures_IsNothing() {
    assertThat(SignInBackOff.PER_USERNAME.waitAfter(4)).isZero();
    assertThat(SignInBackOff.PER_ADDRESS.waitAfter(9)).isZero();
  }

  @Test
  void waitAfter_EachFurtherFailure_DoublesUpToTheCap() {
    SignInBackOff backOff = SignInBackOff.PER_USERNAME;

    assertThat(backOff.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backOff.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backOff.waitAfter(9)).isEqualTo(Duration.ofSeconds(16));
    assertThat(backOff.waitAfter(10)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backOff.waitAfter(Long.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    assertThat(SignInBackOff.PER_ADDRESS.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void remaining_BeforeTheWaitIsOver_IsTheRest() {
    assertThat(SignInBackOff.PER_USERNAME.remaining(7, LAST, LAST.plusSeconds(1)))
        .contains(Duration.ofSeconds(3));
  }

  @Test
  void remaining_OnceTheWaitIsOverOrWithoutFailures_IsEmpty() {
    assertThat(SignInBackOff.PER_USERNAME.remaining(7, LAST, LAST.plusSeconds(4))).isEmpty();
    assertThat(SignInBackOff.PER_USERNAME.remaining(0, null, LAST)).isEmpty();
  }

  @Test
  void remaining_ForAnAccountUnderAttack_NeverExceedsTheUsernameCap() {
    assertThat(SignInBackOff.PER_USERNAME.remaining(1_000_000, LAST, LAST))
        .contains(Duration.ofSeconds(30));
  }
}
