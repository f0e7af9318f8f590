package org.healthcode.identity.api;

import java.util.Optional;
import org.healthcode.identity.domain.AdministrativeDivisions;
import org.healthcode.identity.domain.Countries;

/**
 * Read-only access to the region reference data this module ships, for other modules: GB/T 2260
 * division codes of China and ISO 3166-1 alpha-3 country codes.
 */
public final class Regions {

  private Regions() {}

  /** Whether the six digits are a known GB/T 2260 division code (current or historical). */
  public static boolean isKnownDivision(String code) {
    return AdministrativeDivisions.isKnown(code);
  }

  /** The Chinese name of a division, e.g. "和平区" for 120101. */
  public static Optional<String> divisionName(String code) {
    return AdministrativeDivisions.name(code);
  }

  /** Whether the text is an assigned ISO 3166-1 alpha-3 country code, e.g. "JPN". */
  public static boolean isCountry(String alpha3) {
    return Countries.isAlpha3(alpha3);
  }

  /**
   * The nearest known division above a known division, by the structure of GB/T 2260: a county
   * {@code xxxxyy} lies in the prefecture {@code xxxx00}, a prefecture {@code xxyy00} in the
   * province {@code xx0000}. Where the prefecture code is not in the data, a county's parent is its
   * province. Empty for a province, a country code and anything unknown.
   */
  public static Optional<String> parentOf(String code) {
    if (!isKnownDivision(code) || code.endsWith("0000")) {
      return Optional.empty();
    }
    String province = code.substring(0, 2) + "0000";
    if (!code.endsWith("00")) {
      String prefecture = code.substring(0, 4) + "00";
      if (isKnownDivision(prefecture)) {
        return Optional.of(prefecture);
      }
    }
    return isKnownDivision(province) ? Optional.of(province) : Optional.empty();
  }
}
