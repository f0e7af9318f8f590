package org.healthcode.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonIdTest {

  @Test
  void parse_WhenPositiveDecimal_IsThatId() {
    assertThat(PersonId.parse("42")).isEqualTo(new PersonId(42));
    assertThat(PersonId.parse("42")).hasToString("42");
  }

  @Test
  void parse_WhenNotANumber_IsANumberFormatException() {
    assertThatThrownBy(() -> PersonId.parse("x1")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> PersonId.parse("")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void parse_WhenZeroOrNegative_IsRefusedAsNoPersonsId() {
    // callers tell a malformed id (NumberFormatException) from a well-formed one that is nobody's
    for (String text : new String[] {"0", "-7"}) {
      assertThatThrownBy(() -> PersonId.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(NumberFormatException.class);
    }
  }
}
