package org.healthcode.declaration.domain;

import static org.healthcode.declaration.domain.DeclarationErrorCodes.invalidRiskArea;

import java.time.LocalDate;
import org.healthcode.declaration.api.RiskLevel;

/**
 * An area with an epidemic risk level, valid from its first day to its last day, both included;
 * {@code validTo} is null while the area has no announced end. A province-level area covers
 * everything beneath it, a prefecture-level (city) area its counties; a county area covers only
 * itself.
 */
public record RiskArea(String region, RiskLevel level, LocalDate validFrom, LocalDate validTo) {

  public RiskArea {
    RegionCodes.problemWith(region)
        .ifPresent(
            problem -> {
              throw invalidRiskArea("region", problem);
            });
    if (level == null) {
      throw invalidRiskArea("level", "is required");
    }
    if (validFrom == null) {
      throw invalidRiskArea("validFrom", "is required");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw invalidRiskArea(
          "validTo", "must not be before validFrom (" + validFrom + "), was " + validTo);
    }
  }

  /** Whether the region is this area or lies beneath it. */
  public boolean covers(String otherRegion) {
    return RegionCodes.isWithin(otherRegion, region);
  }

  /** Whether the days from..to (inclusive) share at least one day with the area's validity. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !validFrom.isAfter(to) && (validTo == null || !from.isAfter(validTo));
  }
}
