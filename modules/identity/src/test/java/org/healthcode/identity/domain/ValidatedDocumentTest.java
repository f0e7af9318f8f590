package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;

import java.time.LocalDate;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.Sex;
import org.junit.jupiter.api.Test;

class ValidatedDocumentTest {

  private static final ValidatedDocument SAMPLE_ID =
      VALIDATOR.validate(DocumentType.RESIDENT_ID_CARD, "11010519491231002X", null);

  @Test
  void requireAgrees_WhenBirthDateAndSexMatch_Passes() {
    assertThatCode(() -> SAMPLE_ID.requireAgrees(LocalDate.of(1949, 12, 31), Sex.FEMALE))
        .doesNotThrowAnyException();
  }

  @Test
  void requireAgrees_WhenBirthDateDiffers_RefusesNamingBothDates() {
    assertThatThrownBy(() -> SAMPLE_ID.requireAgrees(LocalDate.of(1949, 12, 30), Sex.FEMALE))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessage(
            "the birth date entered, 1949-12-30, does not agree with 1949-12-31 in the document"
                + " number");
  }

  @Test
  void requireAgrees_WhenSexDiffers_RefusesNamingBoth() {
    assertThatThrownBy(() -> SAMPLE_ID.requireAgrees(LocalDate.of(1949, 12, 31), Sex.MALE))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessage("the sex entered, MALE, does not agree with FEMALE in the document number");
  }

  @Test
  void requireAgrees_WhenResidencePermitSexDiffers_Refuses() {
    ValidatedDocument permit =
        VALIDATOR.validate(
            DocumentType.HMT_RESIDENCE_PERMIT, TestNumbers.withCheck("81000019800815001"), null);

    assertThatThrownBy(() -> permit.requireAgrees(LocalDate.of(1980, 8, 15), Sex.FEMALE))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("does not agree with MALE");
  }

  @Test
  void requireAgrees_WhenPermanentResidenceIdBirthDateDiffers_RefusesButIgnoresSex() {
    ValidatedDocument card =
        VALIDATOR.validate(
            DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID,
            TestNumbers.withCheck("91139819901231002"),
            null);

    assertThatCode(() -> card.requireAgrees(LocalDate.of(1990, 12, 31), Sex.MALE))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> card.requireAgrees(LocalDate.of(1991, 12, 31), Sex.MALE))
        .isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void requireAgrees_WhenDocumentEncodesNothing_AcceptsAnything() {
    ValidatedDocument passport = VALIDATOR.validate(DocumentType.PASSPORT, "E12345678", "CHN");

    assertThatCode(() -> passport.requireAgrees(LocalDate.of(2001, 1, 1), Sex.MALE))
        .doesNotThrowAnyException();
  }
}
