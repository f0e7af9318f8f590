package org.healthcode.declaration.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The explained result of a background review: the outcome and every rule that fired, strongest
 * first. A recorded outcome is kept as it was, even if the precedence or the rules change later.
 */
public record ReviewOutcome(Outcome outcome, List<FiredRule> firedRules, Instant reviewedAt) {

  public ReviewOutcome {
    firedRules = List.copyOf(firedRules);
  }

  /** The outcome of these fired rules: the strongest of them, GREEN when none fired. */
  public static ReviewOutcome of(List<FiredRule> firedRules, Instant reviewedAt) {
    List<FiredRule> ordered =
        firedRules.stream()
            .sorted(
                Comparator.comparing(FiredRule::outcome)
                    .reversed()
                    .thenComparing(FiredRule::id)
                    .thenComparing(FiredRule::version))
            .toList();
    Outcome outcome =
        ordered.stream().map(FiredRule::outcome).reduce(Outcome.GREEN, Outcome::strongest);
    return new ReviewOutcome(outcome, ordered, reviewedAt);
  }

  /**
   * The colour the fired colour rules give (GREEN, ORANGE or RED), the one to show while a manual
   * review is pending.
   */
  public Outcome colour() {
    return firedRules.stream()
        .map(FiredRule::outcome)
        .filter(Outcome::isColour)
        .reduce(Outcome.GREEN, Outcome::strongest);
  }

  /**
   * Whether a reviewer must look at the declaration: also true for a RED one with contradictions.
   */
  public boolean needsManualReview() {
    return firedRules.stream().anyMatch(rule -> rule.outcome() == Outcome.MANUAL_REVIEW);
  }
}
