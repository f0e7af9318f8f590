package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Mod11CheckTest {

  @Test
  void checkCharacter_WhenWellKnownSampleFromGb11643_IsX() {
    assertThat(Mod11Check.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  void checkCharacter_WhenComparedWithIndependentFormula_AgreesOnManyNumbers() {
    for (long n = 0; n < 2_000; n++) {
      String body = String.format("%017d", 11_010_519_491_231_000L + n * 7_919L);
      assertThat(Mod11Check.checkCharacter(body))
          .as(body)
          .isEqualTo(TestNumbers.withCheck(body).charAt(17));
    }
  }
}
