package org.healthcode.identity.domain;

import java.util.regex.Pattern;

/**
 * Passport numbers. Each state chooses its own: ICAO Doc 9303 reserves 9 characters for the number
 * in the machine-readable zone and lets a longer one run on into the optional data, so no single
 * length holds. The general rule is therefore 5 to 17 upper-case Latin letters or digits: long
 * enough to exclude a truncated entry, short enough to exclude pasted text. Chinese passports are
 * checked by their own published series (E, E + letter, and the older G).
 */
final class PassportNumber {

  private static final int MIN_LENGTH = 5;
  private static final int MAX_LENGTH = 17;
  private static final Pattern GENERAL = Pattern.compile("[A-Z0-9]+");

  /** Ordinary passports of the PRC: E + 8 digits, E + letter + 7 digits, G + 8 digits (old). */
  private static final Pattern CHINESE = Pattern.compile("E[0-9]{8}|E[A-Z][0-9]{7}|G[0-9]{8}");

  private static final String WHAT = "passport number";

  private PassportNumber() {}

  static void require(String number, String issuingCountry) {
    NumberText.requireAsPrinted(number, WHAT);
    if (number.length() < MIN_LENGTH || number.length() > MAX_LENGTH) {
      throw new InvalidDocumentException(
          WHAT
              + " has "
              + number.length()
              + " characters, expected "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH);
    }
    if (!GENERAL.matcher(number).matches()) {
      throw new InvalidDocumentException(
          WHAT + " may contain only upper-case Latin letters A-Z and digits 0-9");
    }
    if (issuingCountry.equals("CHN") && !CHINESE.matcher(number).matches()) {
      throw new InvalidDocumentException(
          "a Chinese passport number is E + 8 digits, E + a letter + 7 digits, or G + 8 digits");
    }
  }

  /** The issuing country: an assigned ISO 3166-1 alpha-3 code. */
  static void requireIssuingCountry(String issuingCountry) {
    String what = "issuing country of a passport";
    NumberText.requireAsPrinted(issuingCountry, what);
    if (issuingCountry.length() != 3
        || !issuingCountry.chars().allMatch(c -> NumberText.isUpperCaseLetter((char) c))) {
      throw new InvalidDocumentException(
          what + " must be an ISO 3166-1 alpha-3 code of three upper-case letters, e.g. CHN");
    }
    if (!Countries.isAlpha3(issuingCountry)) {
      throw new InvalidDocumentException(
          what + " " + issuingCountry + " is not an assigned ISO 3166-1 alpha-3 code");
    }
  }
}
