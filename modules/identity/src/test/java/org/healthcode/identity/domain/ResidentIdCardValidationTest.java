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

class ResidentIdCardValidationTest {

  /** The sample of GB 11643-1999: Chaoyang, Beijing, born 31 December 1949, female. */
  private static final String SAMPLE = "11010519491231002X";

  private static ValidatedDocument validate(String number) {
    return VALIDATOR.validate(DocumentType.RESIDENT_ID_CARD, number, null);
  }

  private static void assertRefused(String number, String messagePart) {
    assertThatThrownBy(() -> validate(number))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((InvalidDocumentException) e).code())
        .isEqualTo(IdentityErrorCodes.INVALID_DOCUMENT);
  }

  @Test
  void validate_WhenGb11643Sample_DerivesBirthDateAndFemale() {
    ValidatedDocument document = validate(SAMPLE);

    assertThat(document.type()).isEqualTo(DocumentType.RESIDENT_ID_CARD);
    assertThat(document.number()).isEqualTo(SAMPLE);
    assertThat(document.issuingCountry()).isNull();
    assertThat(document.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(document.sex()).contains(Sex.FEMALE);
  }

  @Test
  void validate_WhenOddSequenceInTianjin_DerivesMale() {
    ValidatedDocument document = validate(withCheck("12010119900307123"));

    assertThat(document.birthDate()).contains(LocalDate.of(1990, 3, 7));
    assertThat(document.sex()).contains(Sex.MALE);
  }

  @Test
  void validate_WhenLeapDayAndBornToday_IsAccepted() {
    assertThat(validate(withCheck("12010120000229002")).birthDate())
        .contains(LocalDate.of(2000, 2, 29));
    assertThat(validate(withCheck("12010120240601002")).birthDate())
        .contains(TestNumbers.CLOCK.instant().atZone(TestNumbers.CLOCK.getZone()).toLocalDate());
  }

  @Test
  void validate_WhenBornOnFirstDayOf1900_IsAccepted() {
    assertThat(validate(withCheck("12010119000101002")).birthDate())
        .contains(LocalDate.of(1900, 1, 1));
  }

  @Test
  void validate_WhenRegionAbolishedButOnOldCards_IsAccepted() {
    assertThat(validate(withCheck("11010319650505003")).sex()).contains(Sex.MALE);
  }

  @Test
  void validate_WhenCheckCharacterWrong_RefusesNamingBothCharacters() {
    assertRefused("110105194912310021", "check character is 1, expected X");
    assertRefused(withWrongCheck(withCheck("12010119900307123")), "expected");
  }

  @Test
  void validate_WhenFebruary30_RefusesAsNotARealDate() {
    assertRefused(withCheck("12010119900230123"), "birth date 19900230 (positions 7-14) is not");
  }

  @Test
  void validate_WhenMonth13OrDay00_RefusesAsNotARealDate() {
    assertRefused(withCheck("12010119901301123"), "is not a real date");
    assertRefused(withCheck("12010119900100123"), "is not a real date");
  }

  @Test
  void validate_WhenFebruary29InCommonYear_RefusesAsNotARealDate() {
    assertRefused(withCheck("12010119000229123"), "is not a real date");
  }

  @Test
  void validate_WhenBirthDateTomorrow_RefusesAsFuture() {
    assertRefused(withCheck("12010120240602123"), "birth date 2024-06-02 is in the future");
  }

  @Test
  void validate_WhenBornBefore1900_Refuses() {
    assertRefused(withCheck("12010118991231123"), "birth date 1899-12-31 is before 1900");
  }

  @Test
  void validate_WhenRegionUnknown_Refuses() {
    assertRefused(withCheck("99999919900307123"), "region code 999999 is not a known");
    assertRefused(withCheck("12019919900307123"), "region code 120199");
  }

  @Test
  void validate_WhenResidencePermitPrefix_RefusesPointingToPermitType() {
    assertRefused(withCheck("81000019900307123"), "choose HMT_RESIDENCE_PERMIT");
  }

  @Test
  void validate_WhenTaiwanProvinceCode_RefusesAsNotMainland() {
    assertRefused(withCheck("71000019900307123"), "not a known mainland");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002", "11010519491231002XX", "110105194912310", "1"})
  void validate_WhenWrongLength_RefusesWithLength(String number) {
    assertRefused(number, "has " + number.length() + " characters, expected 18");
  }

  @Test
  void validate_WhenLowerCaseX_RefusesWithoutUpcasing() {
    assertRefused("11010519491231002x", "lower-case letter 'x' at position 18");
    assertRefused("11010519491231002x", "not trimmed or changed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " 11010519491231002X",
        "11010519491231002X ",
        "110105 19491231002X",
        "11010519491231002X\n",
        "110105\t19491231002X",
        "11010519491231002X\u3000",
        "\u00a011010519491231002X"
      })
  void validate_WhenWhitespaceAnywhere_RefusesWithoutTrimming(String number) {
    assertRefused(number, "contains whitespace at position");
  }

  @Test
  void validate_WhenLetterOrFullWidthDigitInBody_RefusesNamingPosition() {
    assertRefused("1101051949123100AX", "has 'A' at position 17, expected a digit");
    assertRefused("１1010519491231002X", "has U+FF11 at position 1, expected a digit");
  }

  @Test
  void validate_WhenCheckCharacterIsOtherLetter_Refuses() {
    assertRefused("11010519491231002Y", "expected a digit or upper-case X");
  }

  @Test
  void validate_WhenNullOrEmpty_RefusesAsMissing() {
    assertRefused(null, "resident ID card number is missing");
    assertRefused("", "resident ID card number is missing");
  }

  @Test
  void validate_WhenIssuingCountryGiven_RefusesAsPassportOnly() {
    assertThatThrownBy(() -> VALIDATOR.validate(DocumentType.RESIDENT_ID_CARD, SAMPLE, "CHN"))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("only with a passport");
  }

  @Test
  void validate_WhenIssuingCountryEmpty_IsAccepted() {
    assertThat(VALIDATOR.validate(DocumentType.RESIDENT_ID_CARD, SAMPLE, "").number())
        .isEqualTo(SAMPLE);
  }

  @Test
  void validate_WhenTypeMissing_Refuses() {
    assertThatThrownBy(() -> VALIDATOR.validate(null, SAMPLE, null))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessage("document type is missing");
  }
}
