package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.DeclarationReviewed;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.PersonRef;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.persistence.PendingReview;
import org.healthcode.status.persistence.StatusRecords;

/**
 * Applies declaration reviews to codes without ever losing one (ADR 10): the review is written to
 * status_pending_review in the declaration's own transaction, applied in a new transaction right
 * after it commits, and otherwise by the periodic sweep.
 */
@ApplicationScoped
public class DeclarationReviews {

  /** The actor recorded for changes made by the background review of declarations. */
  public static final String ACTOR = "system:declaration-review";

  static final int SWEEP_BATCH = 100;

  private static final Logger LOG = Logger.getLogger(DeclarationReviews.class.getName());

  @Inject StatusRecords records;
  @Inject CodeChanges changes;
  @Inject DynamicManagement rules;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;

  /** In the declaration's transaction: stored with the review, or rolled back with it. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void receive(@Observes(during = TransactionPhase.IN_PROGRESS) DeclarationReviewed event) {
    Optional<Colour> colour = ReviewColour.of(event.outcome(), event.rules());
    String rules =
        event.rules().stream()
            .map(rule -> rule.id() + " v" + rule.version())
            .collect(Collectors.joining(", "));
    records.add(
        new PendingReview(
            new PersonRef(event.personId().value()),
            event.declarationId(),
            event.outcome().name(),
            colour.orElse(Colour.GREEN),
            rules.isEmpty() ? "no rule fired" : rules,
            event.reviewedAt().truncatedTo(ChronoUnit.MILLIS),
            settings.clock().instant()));
  }

  /** After the declaration committed; a failure here is left to the sweep. */
  public void applyAfterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DeclarationReviewed event) {
    try {
      transactions
          .retrying(
              () ->
                  records.pendingReviewId(
                      event.declarationId(), event.reviewedAt().truncatedTo(ChronoUnit.MILLIS)))
          .ifPresent(this::apply);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "review of declaration " + event.declarationId() + " left to sweep", e);
    }
  }

  /** Applies the oldest pending reviews; returns how many it applied. */
  public int sweep(int limit) {
    List<Long> ids = transactions.retrying(() -> records.pendingReviewIds(limit));
    int applied = 0;
    for (long id : ids) {
      try {
        applied += apply(id) ? 1 : 0;
      } catch (RuntimeException e) {
        // one review that cannot be applied must not hold up the others; it stays for next round
        LOG.log(Level.WARNING, "pending review " + id + " could not be applied", e);
      }
    }
    return applied;
  }

  /** Applies one pending review unless someone else is applying it or already did. */
  boolean apply(long pendingId) {
    return transactions.retrying(
        () ->
            records
                .lockPendingReview(pendingId)
                .map(
                    review -> {
                      applyColour(review);
                      records.remove(review);
                      return true;
                    })
                .orElse(false));
  }

  private void applyColour(PendingReview review) {
    boolean hasColour =
        !review.outcome().equals("MANUAL_REVIEW") || review.colour() != Colour.GREEN;
    if (!hasColour) {
      return;
    }
    String reason =
        "declaration "
            + review.declarationId()
            + " reviewed "
            + review.outcome()
            + " ("
            + review.rules()
            + ")";
    changes.change(
        review.person(),
        code ->
            rules.declare(
                code,
                review.colour(),
                ACTOR,
                reason.length() > 500 ? reason.substring(0, 500) : reason));
  }
}
