package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;

import org.healthcode.identity.api.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TravelPermitValidationTest {

  private static void assertRefused(DocumentType type, String number, String messagePart) {
    assertThatThrownBy(() -> VALIDATOR.validate(type, number, null))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(messagePart);
  }

  @ParameterizedTest
  @ValueSource(strings = {"H12345678", "M87654321", "H00000000"})
  void validate_WhenHongKongOrMacaoPermit_IsAcceptedWithoutDerivedData(String number) {
    ValidatedDocument document =
        VALIDATOR.validate(DocumentType.HK_MACAO_TRAVEL_PERMIT, number, null);

    assertThat(document.number()).isEqualTo(number);
    assertThat(document.birthDate()).isEmpty();
    assertThat(document.sex()).isEmpty();
  }

  @Test
  void validate_WhenHongKongMacaoPermitStartsWithOtherLetter_Refuses() {
    assertRefused(
        DocumentType.HK_MACAO_TRAVEL_PERMIT,
        "A12345678",
        "starts with 'A', expected H (Hong Kong resident) or M (Macao resident)");
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "123456789", "starts with '1'");
  }

  @Test
  void validate_WhenHongKongMacaoPermitLowerCase_Refuses() {
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "h12345678", "lower-case letter 'h'");
  }

  @Test
  void validate_WhenHongKongMacaoPermitHasWrongLength_Refuses() {
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "H1234567", "has 8 characters, expected 9");
    assertRefused(
        DocumentType.HK_MACAO_TRAVEL_PERMIT, "H123456789", "has 10 characters, expected 9");
  }

  @Test
  void validate_WhenHongKongMacaoPermitWithIssueCount_RefusesExplainingIt() {
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "H1234567801", "leave them out");
  }

  @Test
  void validate_WhenHongKongMacaoPermitHasLetterAmongDigits_Refuses() {
    assertRefused(
        DocumentType.HK_MACAO_TRAVEL_PERMIT,
        "H1234A678",
        "has 'A' at position 6, expected a digit");
  }

  @Test
  void validate_WhenHongKongMacaoPermitHasWhitespace_Refuses() {
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "H 12345678", "whitespace at position 2");
    assertRefused(DocumentType.HK_MACAO_TRAVEL_PERMIT, "H12345678 ", "whitespace at position 10");
  }

  @Test
  void validate_WhenTaiwanPermitOfEightDigits_IsAccepted() {
    assertThat(VALIDATOR.validate(DocumentType.TAIWAN_TRAVEL_PERMIT, "01234567", null).number())
        .isEqualTo("01234567");
  }

  @Test
  void validate_WhenTaiwanPermitHasWrongLengthOrLetter_Refuses() {
    assertRefused(DocumentType.TAIWAN_TRAVEL_PERMIT, "1234567", "has 7 characters, expected 8");
    assertRefused(DocumentType.TAIWAN_TRAVEL_PERMIT, "T1234567", "has 'T' at position 1");
    assertRefused(DocumentType.TAIWAN_TRAVEL_PERMIT, "1234567801", "issue count");
  }

  @Test
  void validate_WhenTaiwanPermitHasWhitespaceOrIsEmpty_Refuses() {
    assertRefused(DocumentType.TAIWAN_TRAVEL_PERMIT, "\t12345678", "whitespace at position 1");
    assertRefused(DocumentType.TAIWAN_TRAVEL_PERMIT, "", "is missing");
  }
}
