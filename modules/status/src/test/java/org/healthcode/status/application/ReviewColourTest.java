package org.healthcode.status.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.declaration.api.DeclarationReviewed;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

class ReviewColourTest {

  private static FiredRule rule(String id, Outcome outcome) {
    return new FiredRule(id, 1, "rule " + id, outcome);
  }

  @Test
  void of_WhenTheOutcomeIsAColour_GivesThatColour() {
    assertThat(ReviewColour.of(Outcome.ORANGE, List.of(rule("stay", Outcome.ORANGE))))
        .contains(Colour.ORANGE);
    assertThat(ReviewColour.of(Outcome.GREEN, List.of())).contains(Colour.GREEN);
    assertThat(ReviewColour.of(Outcome.RED, List.of(rule("case", Outcome.RED))))
        .contains(Colour.RED);
  }

  @Test
  void of_WhenManualReviewWithColourRules_GivesTheStrongestColourRule() {
    List<FiredRule> rules =
        List.of(
            rule("contradiction", Outcome.MANUAL_REVIEW),
            rule("stay", Outcome.ORANGE),
            rule("fever", Outcome.RED));

    assertThat(ReviewColour.of(Outcome.MANUAL_REVIEW, rules)).contains(Colour.RED);
  }

  @Test
  void of_WhenManualReviewWithoutOrangeOrRed_GivesNothing() {
    List<FiredRule> rules =
        List.of(rule("contradiction", Outcome.MANUAL_REVIEW), rule("ok", Outcome.GREEN));

    assertThat(ReviewColour.of(Outcome.MANUAL_REVIEW, rules)).isEqualTo(Optional.empty());
  }

  @Test
  void of_WhenAReviewerDecidedGreenOverRedRules_GivesGreen() {
    DeclarationReviewed decided =
        new DeclarationReviewed(
            new PersonId(7),
            11,
            Outcome.GREEN,
            List.of(rule("fever", Outcome.RED)),
            Instant.parse("2026-12-03T08:00:00Z"),
            Optional.of("reviewer-1"));

    assertThat(ReviewColour.of(decided)).contains(Colour.GREEN);
  }

  @Test
  void of_WhenTheBackgroundReviewQueuedForAPerson_GivesNothing() {
    DeclarationReviewed queued =
        new DeclarationReviewed(
            new PersonId(7),
            12,
            Outcome.MANUAL_REVIEW,
            List.of(rule("contradiction", Outcome.MANUAL_REVIEW)),
            Instant.parse("2026-12-03T08:00:00Z"),
            Optional.empty());

    assertThat(ReviewColour.of(queued)).isEmpty();
  }
}
