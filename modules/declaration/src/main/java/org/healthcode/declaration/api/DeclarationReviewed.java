package org.healthcode.declaration.api;

import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.PersonId;

/**
 * A declaration got an outcome: from the background review when it was submitted, or from a
 * reviewer's decision on the manual review queue (then {@code outcome} is the decision and {@code
 * rules} the rules the background review fired). Fired inside the deciding transaction; observe it
 * with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that only committed outcomes
 * are seen.
 */
public record DeclarationReviewed(
    PersonId personId,
    long declarationId,
    Outcome outcome,
    List<FiredRule> rules,
    Instant reviewedAt) {

  public DeclarationReviewed {
    rules = List.copyOf(rules);
  }
}
