package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanIdTest {

  @Test
  void new_WhenAUuid_IsAccepted() {
    String uuid = UUID.randomUUID().toString();

    assertThat(new ScanId(uuid).value()).isEqualTo(uuid);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcdefgh",
        "A1-_b2c3",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void new_WhenEightToSixtyFourAllowedCharacters_IsAccepted(String value) {
    assertThat(new ScanId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abcdefg",
        "01234567890123456789012345678901234567890123456789012345678901234",
        "abcd efgh",
        "abcdefgh\n",
        "abcd.efgh",
        "abcd+efgh",
        "abcd/efgh",
        "abcdéfgh",
        "abcdefgh;DROP"
      })
  void new_WhenTooShortTooLongOrOtherCharacters_RefusesAsBadInput(String value) {
    assertThatThrownBy(() -> new ScanId(value))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.BAD_INPUT);
  }

  @Test
  void new_WhenNull_RefusesAsBadInput() {
    assertThatThrownBy(() -> new ScanId(null))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.BAD_INPUT);
  }

  @Test
  void equals_WhenOnlyCaseDiffers_IsAnotherScan() {
    assertThat(new ScanId("abcdefgh")).isNotEqualTo(new ScanId("ABCDEFGH"));
  }
}
