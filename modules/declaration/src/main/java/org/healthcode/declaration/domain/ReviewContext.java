package org.healthcode.declaration.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Stay;

/**
 * What a rule is evaluated against besides the declaration: the day of the review and the risk
 * areas. "Within the last n days" means on or after the review day minus n days.
 */
public record ReviewContext(LocalDate reviewDate, RiskAreas riskAreas) {

  public ReviewContext {
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(riskAreas, "riskAreas");
  }

  public LocalDate daysAgo(int days) {
    return reviewDate.minusDays(days);
  }

  /**
   * Whether one of the stays, cut to the last {@code withinDays} days, was in an area of one of the
   * levels while that area was in force.
   */
  public boolean stayedIn(Declaration declaration, Set<RiskLevel> levels, int withinDays) {
    LocalDate windowStart = daysAgo(withinDays);
    for (Stay stay : declaration.answers().stays()) {
      LocalDate from = stay.from().isBefore(windowStart) ? windowStart : stay.from();
      LocalDate to = stay.to().isAfter(reviewDate) ? reviewDate : stay.to();
      if (!from.isAfter(to)
          && riskAreas
              .highestLevelFor(stay.region(), from, to)
              .filter(levels::contains)
              .isPresent()) {
        return true;
      }
    }
    return false;
  }
}
