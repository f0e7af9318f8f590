package org.healthcode.status.application;

import java.util.List;
import java.util.Optional;
import org.healthcode.declaration.api.DeclarationReviewed;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.status.api.Colour;

/**
 * The colour a declaration review gives a code, the one place where a review's {@link Outcome}
 * becomes a {@link Colour}. A reviewer's decision gives the colour decided. For the background
 * review, a colour outcome gives its colour; MANUAL_REVIEW gives the strongest colour among the
 * fired colour rules when that is ORANGE or RED, and nothing otherwise: a review waiting for a
 * person never lowers a code nor gives a first GREEN.
 */
final class ReviewColour {

  private ReviewColour() {}

  static Optional<Colour> of(DeclarationReviewed review) {
    return review.decidedBy().isPresent()
        ? Optional.of(colour(review.outcome()))
        : of(review.outcome(), review.rules());
  }

  static Optional<Colour> of(Outcome outcome, List<FiredRule> rules) {
    if (outcome.isColour()) {
      return Optional.of(colour(outcome));
    }
    Outcome strongest =
        rules.stream()
            .map(FiredRule::outcome)
            .filter(Outcome::isColour)
            .reduce(Outcome.GREEN, Outcome::strongest);
    return strongest == Outcome.GREEN ? Optional.empty() : Optional.of(colour(strongest));
  }

  private static Colour colour(Outcome outcome) {
    return switch (outcome) {
      case GREEN -> Colour.GREEN;
      case ORANGE -> Colour.ORANGE;
      case RED -> Colour.RED;
      case MANUAL_REVIEW ->
          throw new IllegalArgumentException("MANUAL_REVIEW is not a colour; a reviewer decides");
    };
  }
}
