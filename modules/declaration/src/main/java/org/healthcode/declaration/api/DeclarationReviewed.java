package org.healthcode.declaration.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;

/**
 * A declaration was reviewed: automatically on submission, or by a reviewer working the queue.
 * Fired as a CDI event inside the transaction that stored the outcome. An observer that must not
 * lose it records it in that same transaction ({@code during = TransactionPhase.IN_PROGRESS}, as
 * status's {@code DeclarationReviews} writes its outbox, docs/adr/0010) and acts on it only after
 * commit ({@code AFTER_SUCCESS}); an observer that acts at once must use {@code AFTER_SUCCESS}, so
 * it never acts on a review that was rolled back.
 *
 * @param outcome the outcome of the review (for a reviewer's decision: the decided colour)
 * @param rules every rule that fired, with its version
 * @param decidedBy the reviewer who decided a queued declaration; empty for the background review.
 *     A reviewer's decision may lower a colour (a reviewed decision, DESIGN §4); a background
 *     review never does
 */
public record DeclarationReviewed(
    PersonId personId,
    long declarationId,
    Outcome outcome,
    List<FiredRule> rules,
    Instant reviewedAt,
    Optional<String> decidedBy) {

  public DeclarationReviewed {
    rules = List.copyOf(rules);
    Objects.requireNonNull(decidedBy, "decidedBy");
  }
}
