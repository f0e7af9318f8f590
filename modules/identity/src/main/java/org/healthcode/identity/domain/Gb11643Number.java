package org.healthcode.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.healthcode.identity.api.Sex;

/**
 * An 18-character number built like the citizen identity number of GB 11643-1999: a 6-digit address
 * code, the birth date YYYYMMDD, a 3-digit sequence whose parity gives the sex (odd male, even
 * female), and the {@link Mod11Check} character (0-9 or upper-case X).
 *
 * @param addressCode the first six digits
 */
record Gb11643Number(String addressCode, LocalDate birthDate, Sex sex) {

  static final int LENGTH = 18;
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** Parses a number the caller has already checked with {@link NumberText#requireAsPrinted}. */
  static Gb11643Number parse(String number, String what, LocalDate today) {
    if (number.length() != LENGTH) {
      throw new InvalidDocumentException(
          what + " has " + number.length() + " characters, expected " + LENGTH);
    }
    NumberText.requireDigits(number, 0, LENGTH - 1, what);
    char check = number.charAt(LENGTH - 1);
    if (!NumberText.isDigit(check) && check != 'X') {
      throw new InvalidDocumentException(
          what
              + " has the check character "
              + NumberText.describe(check)
              + " at position 18, expected a digit or upper-case X");
    }
    LocalDate birthDate = birthDate(number, what, today);
    char expected = Mod11Check.checkCharacter(number.substring(0, LENGTH - 1));
    if (check != expected) {
      throw new InvalidDocumentException(
          what
              + ": check character is "
              + check
              + ", expected "
              + expected
              + "; the number is mistyped");
    }
    Sex sex = (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    return new Gb11643Number(number.substring(0, 6), birthDate, sex);
  }

  /** Positions 7-14: a real date, not before 1900 and not after today. */
  private static LocalDate birthDate(String number, String what, LocalDate today) {
    String text = number.substring(6, 14);
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(text.substring(0, 4)),
              Integer.parseInt(text.substring(4, 6)),
              Integer.parseInt(text.substring(6, 8)));
    } catch (DateTimeException e) {
      throw new InvalidDocumentException(
          what + ": birth date " + text + " (positions 7-14) is not a real date");
    }
    if (date.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new InvalidDocumentException(what + ": birth date " + date + " is before 1900");
    }
    if (date.isAfter(today)) {
      throw new InvalidDocumentException(what + ": birth date " + date + " is in the future");
    }
    return date;
  }
}
