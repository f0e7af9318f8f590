package org.healthcode.identity.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.Sex;

/**
 * Validates an identity document number by the real format of its type (DESIGN §2). For any input
 * it either returns a {@link ValidatedDocument} or throws {@link InvalidDocumentException} saying
 * what is wrong.
 */
public final class DocumentValidator {

  /** Documents are dated in China's time zone, whatever the server's. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Residence permit prefixes, from the State Council's 2018 residence permit rules. */
  private static final Map<String, String> RESIDENCE_PERMIT_PREFIXES =
      Map.of("810000", "Hong Kong", "820000", "Macao", "830000", "Taiwan");

  /** Provinces whose residents hold the residence permit, not a resident ID card. */
  private static final Set<String> NON_MAINLAND_PROVINCES = Set.of("71", "81", "82", "83");

  private final Clock clock;

  public DocumentValidator() {
    this(Clock.system(CHINA));
  }

  public DocumentValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param issuingCountry ISO 3166-1 alpha-3, required for a passport and absent (null or empty)
   *     for every other type
   */
  public ValidatedDocument validate(DocumentType type, String number, String issuingCountry) {
    if (type == null) {
      throw new InvalidDocumentException("document type is missing");
    }
    if (type != DocumentType.PASSPORT && issuingCountry != null && !issuingCountry.isEmpty()) {
      throw new InvalidDocumentException(
          "an issuing country is given only with a passport, not with " + type);
    }
    return switch (type) {
      case RESIDENT_ID_CARD -> residentIdCard(number);
      case HMT_RESIDENCE_PERMIT -> residencePermit(number);
      case HK_MACAO_TRAVEL_PERMIT -> hongKongMacaoTravelPermit(number);
      case TAIWAN_TRAVEL_PERMIT -> taiwanTravelPermit(number);
      case PASSPORT -> passport(number, issuingCountry);
      case FOREIGNER_PERMANENT_RESIDENCE_ID -> permanentResidenceId(number);
    };
  }

  /** GB 11643-1999; the address code is the GB/T 2260 code of the place of first registration. */
  private ValidatedDocument residentIdCard(String number) {
    String what = "resident ID card number";
    NumberText.requireAsPrinted(number, what);
    Gb11643Number parsed = Gb11643Number.parse(number, what, today());
    String region = parsed.addressCode();
    if (RESIDENCE_PERMIT_PREFIXES.containsKey(region)) {
      throw new InvalidDocumentException(
          what
              + ": region code "
              + region
              + " is that of a residence permit for Hong Kong, Macao and Taiwan residents;"
              + " choose HMT_RESIDENCE_PERMIT");
    }
    if (NON_MAINLAND_PROVINCES.contains(region.substring(0, 2))
        || !AdministrativeDivisions.isKnown(region)) {
      throw new InvalidDocumentException(
          what + ": region code " + region + " is not a known mainland administrative division");
    }
    return derived(DocumentType.RESIDENT_ID_CARD, number, parsed.birthDate(), parsed.sex());
  }

  /** Built like the resident ID (GB 11643) with a fixed prefix per region of origin. */
  private ValidatedDocument residencePermit(String number) {
    String what = "residence permit number";
    NumberText.requireAsPrinted(number, what);
    Gb11643Number parsed = Gb11643Number.parse(number, what, today());
    if (!RESIDENCE_PERMIT_PREFIXES.containsKey(parsed.addressCode())) {
      throw new InvalidDocumentException(
          what
              + ": prefix "
              + parsed.addressCode()
              + " is not 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)");
    }
    return derived(DocumentType.HMT_RESIDENCE_PERMIT, number, parsed.birthDate(), parsed.sex());
  }

  /** H (Hong Kong resident) or M (Macao resident) followed by 8 digits. */
  private ValidatedDocument hongKongMacaoTravelPermit(String number) {
    String what = "Hong Kong/Macao travel permit number";
    NumberText.requireAsPrinted(number, what);
    char first = number.charAt(0);
    if (first != 'H' && first != 'M') {
      throw new InvalidDocumentException(
          what
              + " starts with "
              + NumberText.describe(first)
              + ", expected H (Hong Kong resident) or M (Macao resident)");
    }
    requireDigitCount(number, 1, 8, what);
    return plain(DocumentType.HK_MACAO_TRAVEL_PERMIT, number);
  }

  /** 8 digits. */
  private ValidatedDocument taiwanTravelPermit(String number) {
    String what = "Taiwan travel permit number";
    NumberText.requireAsPrinted(number, what);
    requireDigitCount(number, 0, 8, what);
    return plain(DocumentType.TAIWAN_TRAVEL_PERMIT, number);
  }

  private ValidatedDocument passport(String number, String issuingCountry) {
    PassportNumber.requireIssuingCountry(issuingCountry);
    PassportNumber.require(number, issuingCountry);
    return new ValidatedDocument(
        DocumentType.PASSPORT, number, issuingCountry, Optional.empty(), Optional.empty());
  }

  /**
   * Two forms are in use. The 15-character form (2004-2023) is 3 upper-case letters, the holder's
   * nationality as ISO 3166-1 alpha-3, then 12 digits; published descriptions of those digits and
   * of a check digit disagree, so only that structure is checked. The 18-character form issued
   * since 1 December 2023 starts with "9" and ends with the MOD 11-2 check character (National
   * Immigration Administration, machine-readable rules 2023); between them, as commonly documented:
   * the 2-digit province of the accepting office, the 3-digit ISO 3166-1 numeric nationality, the
   * birth date YYYYMMDD and a 3-digit sequence. We found no authoritative statement that the
   * sequence's parity gives the sex, so none is derived.
   */
  private ValidatedDocument permanentResidenceId(String number) {
    String what = "permanent residence ID number";
    NumberText.requireAsPrinted(number, what);
    if (number.length() == 15) {
      return oldPermanentResidenceId(number, what);
    }
    if (number.length() == Gb11643Number.LENGTH) {
      return newPermanentResidenceId(number, what);
    }
    throw new InvalidDocumentException(
        what
            + " has "
            + number.length()
            + " characters, expected 15 (3 letters + 12 digits) or 18 (issued since 2023)");
  }

  private ValidatedDocument oldPermanentResidenceId(String number, String what) {
    String nationality = number.substring(0, 3);
    if (!nationality.chars().allMatch(c -> NumberText.isUpperCaseLetter((char) c))) {
      throw new InvalidDocumentException(
          what + " of 15 characters starts with 3 upper-case letters, the nationality");
    }
    if (!Countries.isAlpha3(nationality)) {
      throw new InvalidDocumentException(
          what + ": nationality " + nationality + " is not an assigned ISO 3166-1 alpha-3 code");
    }
    NumberText.requireDigits(number, 3, 15, what);
    return plain(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID, number);
  }

  private ValidatedDocument newPermanentResidenceId(String number, String what) {
    if (number.charAt(0) != '9') {
      throw new InvalidDocumentException(
          what + " of 18 characters starts with 9, found " + NumberText.describe(number.charAt(0)));
    }
    Gb11643Number parsed = Gb11643Number.parse(number, what, today());
    String province = number.substring(1, 3);
    if (NON_MAINLAND_PROVINCES.contains(province)
        || !AdministrativeDivisions.isKnown(province + "0000")) {
      throw new InvalidDocumentException(
          what + ": province code " + province + " (positions 2-3) is not a mainland province");
    }
    String nationality = number.substring(3, 6);
    if (!Countries.isNumeric(nationality)) {
      throw new InvalidDocumentException(
          what
              + ": nationality "
              + nationality
              + " (positions 4-6) is not an assigned ISO 3166-1 numeric code");
    }
    return new ValidatedDocument(
        DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID,
        number,
        null,
        Optional.of(parsed.birthDate()),
        Optional.empty());
  }

  /** Exactly {@code count} digits from {@code from} to the end. */
  private static void requireDigitCount(String number, int from, int count, String what) {
    int expectedLength = from + count;
    if (number.length() == expectedLength + 2
        && NumberText.allDigits(number, from, number.length())) {
      throw new InvalidDocumentException(
          what
              + " has "
              + (count + 2)
              + " digits, expected "
              + count
              + "; if the last two are the issue count printed after the number, leave them out");
    }
    if (number.length() != expectedLength) {
      throw new InvalidDocumentException(
          what + " has " + number.length() + " characters, expected " + expectedLength);
    }
    NumberText.requireDigits(number, from, expectedLength, what);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static ValidatedDocument derived(
      DocumentType type, String number, LocalDate birthDate, Sex sex) {
    return new ValidatedDocument(type, number, null, Optional.of(birthDate), Optional.of(sex));
  }

  private static ValidatedDocument plain(DocumentType type, String number) {
    return new ValidatedDocument(type, number, null, Optional.empty(), Optional.empty());
  }
}
