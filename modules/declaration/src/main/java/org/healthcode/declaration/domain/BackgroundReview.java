package org.healthcode.declaration.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.healthcode.declaration.api.ReviewOutcome;

/**
 * The automatic review of a declaration (DESIGN §3): evaluates every rule in force today against it
 * and records each rule that fired. The strongest outcome wins: RED over MANUAL_REVIEW over ORANGE
 * over GREEN. A RED declaration with contradictions stays RED and is also marked for a reviewer
 * ({@link ReviewOutcome#needsManualReview()}), so a case is never downgraded while it waits.
 */
public final class BackgroundReview {

  private final Clock clock;

  public BackgroundReview(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ReviewOutcome review(Declaration declaration, RuleSet rules, RiskAreas riskAreas) {
    Instant now = clock.instant();
    var context = new ReviewContext(CityTime.dateOf(now), riskAreas);
    var fired =
        rules.inForceOn(context.reviewDate()).stream()
            .filter(rule -> rule.condition().isMetBy(declaration, context))
            .map(Rule::fired)
            .toList();
    return ReviewOutcome.of(fired, now);
  }
}
