package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.healthcode.identity.api.PersonId;
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

  @Test
  void forCheckIn_WhenAValidCheckInId_IsAnIdNoDeviceCanSend() {
    ScanId scanId = ScanId.forCheckIn("3f2b8c1e-0d4a-4b7e-9c55-1a2b3c4d5e6f", new PersonId(42));

    assertThat(scanId.value()).isEqualTo("app:42:3f2b8c1e-0d4a-4b7e-9c55-1a2b3c4d5e6f");
    assertThatThrownBy(() -> ScanId.fromDevice(scanId.value()))
        .isInstanceOfSatisfying(
            HealthCodeException.class, e -> assertThat(e.code()).isEqualTo("BAD_INPUT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "abcd:efgh", "01234567890123456789012345678901234567890"})
  void forCheckIn_WhenTheCheckInIdIsMalformed_RefusesAsBadInput(String checkInId) {
    assertThatThrownBy(() -> ScanId.forCheckIn(checkInId, new PersonId(1)))
        .isInstanceOfSatisfying(
            HealthCodeException.class, e -> assertThat(e.code()).isEqualTo("BAD_INPUT"));
  }

  @Test
  void fromDevice_WhenTheDeviceFormat_IsTheSameAsNew() {
    assertThat(ScanId.fromDevice("abcdefgh")).isEqualTo(new ScanId("abcdefgh"));
  }
}
