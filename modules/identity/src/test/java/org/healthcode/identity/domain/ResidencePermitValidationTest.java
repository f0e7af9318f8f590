package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;
import static org.healthcode.identity.domain.TestNumbers.withCheck;
import static org.healthcode.identity.domain.TestNumbers.withWrongCheck;

import java.time.LocalDate;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidencePermitValidationTest {

  private static ValidatedDocument validate(String number) {
    return VALIDATOR.validate(DocumentType.HMT_RESIDENCE_PERMIT, number, null);
  }

  private static void assertRefused(String number, String messagePart) {
    assertThatThrownBy(() -> validate(number))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(messagePart);
  }

  @ParameterizedTest
  @ValueSource(strings = {"81000019800815001", "82000019800815001", "83000019800815001"})
  void validate_WhenEachPermitPrefix_DerivesBirthDateAndSex(String body) {
    ValidatedDocument document = validate(withCheck(body));

    assertThat(document.type()).isEqualTo(DocumentType.HMT_RESIDENCE_PERMIT);
    assertThat(document.birthDate()).contains(LocalDate.of(1980, 8, 15));
    assertThat(document.sex()).contains(Sex.MALE);
  }

  @Test
  void validate_WhenMainlandPrefix_RefusesListingPermitPrefixes() {
    assertRefused(
        withCheck("12010119800815001"),
        "prefix 120101 is not 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)");
  }

  @Test
  void validate_WhenPrefixCloseToPermitPrefix_Refuses() {
    assertRefused(withCheck("81000119800815001"), "prefix 810001 is not");
    assertRefused(withCheck("71000019800815001"), "prefix 710000 is not");
  }

  @Test
  void validate_WhenCheckCharacterWrong_Refuses() {
    assertRefused(withWrongCheck(withCheck("81000019800815001")), "check character is");
  }

  @Test
  void validate_WhenNotARealOrFutureDate_Refuses() {
    assertRefused(withCheck("81000019800230001"), "is not a real date");
    assertRefused(withCheck("81000020300101001"), "is in the future");
    assertRefused(withCheck("81000018991231001"), "is before 1900");
  }

  @Test
  void validate_WhenWhitespaceLowerCaseOrWrongLength_Refuses() {
    String valid = withCheck("81000019800815001");
    assertRefused(" " + valid, "whitespace at position 1");
    assertRefused(valid.substring(0, 17), "has 17 characters, expected 18");
    assertRefused("81000019800815000x", "lower-case letter 'x'");
  }
}
