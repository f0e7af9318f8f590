package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void parse_WithCountryCodeAndSpaces_GivesTheElevenDigits() {
    assertThat(PhoneNumber.parse("+86 138-0013-8000").value()).isEqualTo("13800138000");
    assertThat(PhoneNumber.parse("13800138000").value()).isEqualTo("13800138000");
  }

  @Test
  void parse_AForeignNumber_KeepsItsPlus() {
    assertThat(PhoneNumber.parse("+44 20 7946 0958").value()).isEqualTo("+442079460958");
  }

  @Test
  void parse_ATooShortNumber_IsBadInput() {
    assertThatThrownBy(() -> PhoneNumber.parse("12345")).isInstanceOf(HealthCodeException.class);
  }
}
