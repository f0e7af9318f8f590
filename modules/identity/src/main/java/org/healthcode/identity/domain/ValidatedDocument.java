package org.healthcode.identity.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.Sex;

/**
 * An identity document whose number passed the rules of its type, with what the number itself says
 * about its holder.
 *
 * @param number exactly as sent, which the rules require to be exactly as printed
 * @param issuingCountry ISO 3166-1 alpha-3 for a passport, null for every other type
 * @param birthDate derived from numbers that encode it (resident ID, residence permit, 2023
 *     permanent residence ID)
 * @param sex derived from numbers that encode it (resident ID, residence permit)
 */
public record ValidatedDocument(
    DocumentType type,
    String number,
    String issuingCountry,
    Optional<LocalDate> birthDate,
    Optional<Sex> sex) {

  public ValidatedDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
  }

  /**
   * Refuses a person whose entered birth date or sex contradicts the document number. Checks only
   * what the number encodes.
   */
  public void requireAgrees(LocalDate enteredBirthDate, Sex enteredSex) {
    Objects.requireNonNull(enteredBirthDate, "enteredBirthDate");
    Objects.requireNonNull(enteredSex, "enteredSex");
    if (birthDate.isPresent() && !birthDate.get().equals(enteredBirthDate)) {
      throw new InvalidDocumentException(
          "the birth date entered, "
              + enteredBirthDate
              + ", does not agree with "
              + birthDate.get()
              + " in the document number");
    }
    if (sex.isPresent() && sex.get() != enteredSex) {
      throw new InvalidDocumentException(
          "the sex entered, "
              + enteredSex
              + ", does not agree with "
              + sex.get()
              + " in the document number");
    }
  }
}
