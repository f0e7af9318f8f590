package org.healthcode.declaration.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Stay;
import org.healthcode.identity.api.Regions;

/** The risk areas known to a review, answering how risky a stay was. */
public final class RiskAreas {

  private final Map<String, List<RiskArea>> byRegion;

  private RiskAreas(Collection<RiskArea> areas) {
    this.byRegion =
        areas.stream()
            .collect(
                Collectors.groupingBy(
                    RiskArea::region,
                    Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
  }

  public static RiskAreas of(Collection<RiskArea> areas) {
    return new RiskAreas(List.copyOf(areas));
  }

  public static RiskAreas none() {
    return new RiskAreas(List.of());
  }

  /** The highest level of the areas covering the stay's region on any of its days. */
  public Optional<RiskLevel> highestLevelFor(Stay stay) {
    return highestLevelFor(stay.region(), stay.from(), stay.to());
  }

  /**
   * The highest level of the areas covering the region on any day from..to (inclusive): the region
   * itself and each division above it are looked up.
   */
  public Optional<RiskLevel> highestLevelFor(String region, LocalDate from, LocalDate to) {
    RiskLevel highest = null;
    for (Optional<String> code = Optional.of(region);
        code.isPresent();
        code = Regions.parentOf(code.get())) {
      for (RiskArea area : byRegion.getOrDefault(code.get(), List.of())) {
        if (area.overlaps(from, to) && (highest == null || area.level().compareTo(highest) > 0)) {
          highest = area.level();
        }
      }
    }
    return Optional.ofNullable(highest);
  }
}
