package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;
import static org.healthcode.identity.domain.TestNumbers.withCheck;
import static org.healthcode.identity.domain.TestNumbers.withWrongCheck;

import java.time.LocalDate;
import org.healthcode.identity.api.DocumentType;
import org.junit.jupiter.api.Test;

class PermanentResidenceIdValidationTest {

  /** 9, Beijing (11), Kazakhstan (398), born 31 December 1990, sequence 002. */
  private static final String NEW_FORM = withCheck("91139819901231002");

  private static ValidatedDocument validate(String number) {
    return VALIDATOR.validate(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID, number, null);
  }

  private static void assertRefused(String number, String messagePart) {
    assertThatThrownBy(() -> validate(number))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(messagePart);
  }

  @Test
  void validate_WhenOldFifteenCharacterForm_IsAcceptedWithoutDerivedData() {
    ValidatedDocument document = validate("KAZ110090123105");

    assertThat(document.number()).isEqualTo("KAZ110090123105");
    assertThat(document.birthDate()).isEmpty();
    assertThat(document.sex()).isEmpty();
  }

  @Test
  void validate_WhenOldFormNationalityUnknown_Refuses() {
    assertRefused("KAA110090123105", "nationality KAA is not an assigned ISO 3166-1 alpha-3");
  }

  @Test
  void validate_WhenOldFormLowerCaseOrDigitNationality_Refuses() {
    assertRefused("kaz110090123105", "lower-case letter 'k'");
    assertRefused("K1Z110090123105", "starts with 3 upper-case letters");
  }

  @Test
  void validate_WhenOldFormHasLetterAmongDigits_Refuses() {
    assertRefused("KAZ1100901231O5", "has 'O' at position 14, expected a digit");
  }

  @Test
  void validate_WhenNewEighteenCharacterForm_DerivesBirthDateOnly() {
    ValidatedDocument document = validate(NEW_FORM);

    assertThat(document.birthDate()).contains(LocalDate.of(1990, 12, 31));
    assertThat(document.sex()).isEmpty();
  }

  @Test
  void validate_WhenNewFormCheckCharacterWrong_Refuses() {
    assertRefused(withWrongCheck(NEW_FORM), "check character is");
  }

  @Test
  void validate_WhenNewFormDoesNotStartWithNine_RefusesNamingIt() {
    assertRefused("11010519491231002X", "starts with 9, found '1'");
  }

  @Test
  void validate_WhenNewFormProvinceUnknownOrNotMainland_Refuses() {
    assertRefused(withCheck("99939819901231002"), "province code 99 (positions 2-3)");
    assertRefused(withCheck("98139819901231002"), "province code 81");
  }

  @Test
  void validate_WhenNewFormNationalityUnknown_Refuses() {
    assertRefused(withCheck("91199919901231002"), "nationality 999 (positions 4-6)");
  }

  @Test
  void validate_WhenNewFormBirthDateBad_Refuses() {
    assertRefused(withCheck("91139819900231002"), "is not a real date");
    assertRefused(withCheck("91139820250101002"), "is in the future");
    assertRefused(withCheck("91139818991231002"), "is before 1900");
  }

  @Test
  void validate_WhenOtherLength_RefusesNamingBothForms() {
    assertRefused("KAZ11009012310", "has 14 characters, expected 15 (3 letters + 12 digits) or 18");
    assertRefused(NEW_FORM + "0", "has 19 characters");
  }

  @Test
  void validate_WhenWhitespace_Refuses() {
    assertRefused("KAZ 110090123105", "whitespace at position 4");
    assertRefused(NEW_FORM + " ", "whitespace at position 19");
  }
}
