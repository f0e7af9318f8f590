package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;

import org.healthcode.identity.api.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassportValidationTest {

  private static ValidatedDocument validate(String number, String country) {
    return VALIDATOR.validate(DocumentType.PASSPORT, number, country);
  }

  private static void assertRefused(String number, String country, String messagePart) {
    assertThatThrownBy(() -> validate(number, country))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(messagePart);
  }

  @ParameterizedTest
  @CsvSource({
    "E12345678, CHN",
    "EA1234567, CHN",
    "G12345678, CHN",
    "C01X00T47, DEU",
    "123456789, USA",
    "AB1234567890, GBR",
    "K1234, JPN",
    "A2345678901234567, FRA"
  })
  void validate_WhenPassportMatchesRules_KeepsNumberAndCountry(String number, String country) {
    ValidatedDocument document = validate(number, country);

    assertThat(document.number()).isEqualTo(number);
    assertThat(document.issuingCountry()).isEqualTo(country);
    assertThat(document.birthDate()).isEmpty();
    assertThat(document.sex()).isEmpty();
  }

  @Test
  void validate_WhenChinesePassportOutsideItsSeries_Refuses() {
    assertRefused("123456789", "CHN", "a Chinese passport number is E + 8 digits");
    assertRefused("E1234567", "CHN", "a Chinese passport number");
    assertRefused("EA12345678", "CHN", "a Chinese passport number");
    assertRefused("G1234567A", "CHN", "a Chinese passport number");
  }

  @Test
  void validate_WhenNumberTooShortOrTooLong_Refuses() {
    assertRefused("A123", "USA", "has 4 characters, expected 5 to 17");
    assertRefused("A23456789012345678", "USA", "has 18 characters, expected 5 to 17");
  }

  @Test
  void validate_WhenNumberHasPunctuationOrNonLatin_Refuses() {
    assertRefused("A1234-567", "USA", "only upper-case Latin letters");
    assertRefused("Ä12345678", "DEU", "only upper-case Latin letters");
  }

  @Test
  void validate_WhenNumberLowerCaseOrWhitespace_Refuses() {
    assertRefused("e12345678", "CHN", "lower-case letter 'e'");
    assertRefused("E12345678 ", "CHN", "whitespace at position 10");
    assertRefused(" E12345678", "CHN", "whitespace at position 1");
    assertRefused("E1234 5678", "CHN", "whitespace at position 6");
  }

  @Test
  void validate_WhenCountryUnknown_Refuses() {
    assertRefused("123456789", "XYZ", "XYZ is not an assigned ISO 3166-1 alpha-3 code");
    assertRefused("123456789", "UK", "three upper-case letters");
    assertRefused("123456789", "chn", "lower-case letter 'c'");
    assertRefused("123456789", "CHN ", "whitespace at position 4");
  }

  @Test
  void validate_WhenCountryMissing_Refuses() {
    assertRefused("123456789", null, "issuing country of a passport is missing");
    assertRefused("123456789", "", "issuing country of a passport is missing");
  }

  @Test
  void validate_WhenNumberMissing_Refuses() {
    assertRefused(null, "CHN", "passport number is missing");
  }
}
