package org.healthcode.declaration.domain;

import java.util.Optional;
import org.healthcode.identity.api.Regions;

/**
 * Region codes as declarations, rules and risk areas use them: a GB/T 2260 division code for
 * mainland China, Hong Kong, Macao and Taiwan, or an ISO 3166-1 alpha-3 code for a country.
 */
public final class RegionCodes {

  /** Tianjin Municipality: every division beneath it is inside the city. */
  public static final String CITY = "120000";

  private static final String CHINA = "CHN";

  private RegionCodes() {}

  /** Why the code is refused, or empty when it is a usable region code. */
  public static Optional<String> problemWith(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("is required");
    }
    if (CHINA.equals(code)) {
      return Optional.of("\"CHN\" is too vague, use the GB/T 2260 code of the division");
    }
    if (Regions.isKnownDivision(code) || Regions.isCountry(code)) {
      return Optional.empty();
    }
    return Optional.of(
        "unknown region code \""
            + code
            + "\", expected a GB/T 2260 division code or an ISO 3166-1 alpha-3 country code");
  }

  /** Whether the region is the area or lies beneath it (county in city, city in province). */
  public static boolean isWithin(String region, String area) {
    for (Optional<String> code = Optional.of(region);
        code.isPresent();
        code = Regions.parentOf(code.get())) {
      if (code.get().equals(area)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isInCity(String region) {
    return isWithin(region, CITY);
  }
}
