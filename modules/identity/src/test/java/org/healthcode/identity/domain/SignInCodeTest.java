package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class SignInCodeTest {

  private static final Instant CREATED = Instant.parse("2020-03-01T08:00:00Z");
  private static final byte[] RIGHT = filled(1);
  private static final byte[] WRONG = filled(2);

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static SignInCode code() {
    return new SignInCode(new byte[32], new byte[16], RIGHT, CREATED, Duration.ofMinutes(5));
  }

  private static void assertRefused(Runnable attempt, String code) {
    assertThatThrownBy(attempt::run)
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void use_WithinItsLifetime_Succeeds() {
    assertThatCode(() -> code().use(RIGHT, CREATED.plusSeconds(299))).doesNotThrowAnyException();
  }

  @Test
  void use_AtItsExpiry_IsRefused() {
    SignInCode code = code();
    assertRefused(
        () -> code.use(RIGHT, CREATED.plusSeconds(300)), IdentityErrorCodes.INVALID_SIGN_IN_CODE);
  }

  @Test
  void use_ASecondTime_IsRefused() {
    SignInCode code = code();
    code.use(RIGHT, CREATED);
    assertRefused(
        () -> code.use(RIGHT, CREATED.plusSeconds(1)), IdentityErrorCodes.INVALID_SIGN_IN_CODE);
  }

  @Test
  void use_AfterFiveWrongGuesses_RefusesEvenTheRightCode() {
    SignInCode code = code();
    for (int i = 0; i < SignInCode.MAX_WRONG_ATTEMPTS; i++) {
      assertRefused(() -> code.use(WRONG, CREATED), IdentityErrorCodes.INVALID_SIGN_IN_CODE);
    }
    assertRefused(() -> code.use(RIGHT, CREATED), IdentityErrorCodes.TOO_MANY_ATTEMPTS);
  }

  @Test
  void use_AfterFourWrongGuesses_StillAcceptsTheRightCode() {
    SignInCode code = code();
    for (int i = 0; i < SignInCode.MAX_WRONG_ATTEMPTS - 1; i++) {
      assertRefused(() -> code.use(WRONG, CREATED), IdentityErrorCodes.INVALID_SIGN_IN_CODE);
    }
    assertThatCode(() -> code.use(RIGHT, CREATED)).doesNotThrowAnyException();
  }
}
