package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.declaration.api.DeclarationReviewed;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.Decision;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.domain.PendingReview;
import org.healthcode.status.domain.RuleRefs;
import org.healthcode.status.domain.StatusRecords;

/**
 * Applies declaration reviews to codes without ever losing one (ADR 10): the review is written to
 * status_pending_review in the declaration's own transaction, applied in a new transaction right
 * after it commits, and otherwise by the periodic sweep. A review that waits for a reviewer holds
 * the code in the same transaction (status_review_hold, ADR 19): no observation timer turns it
 * GREEN until the reviewer's decision, which releases the hold in its own transaction.
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
    String rules =
        new RuleRefs(
                event.rules().stream()
                    .map(rule -> new RuleRefs.Ref(rule.id(), rule.version()))
                    .toList())
            .format();
    records.add(
        new PendingReview(
            event.personId(),
            event.declarationId(),
            event.outcome().name(),
            ReviewColour.of(event),
            rules.isEmpty() ? "no rule fired" : rules,
            event.decidedBy(),
            event.reviewedAt().truncatedTo(ChronoUnit.MILLIS),
            settings.clock().instant()));
    // an open manual review holds the code until a reviewer decides it (docs/adr/0019)
    if (event.decidedBy().isPresent()) {
      records.releaseReviewHold(event.declarationId());
    } else if (event.rules().stream().anyMatch(rule -> rule.outcome() == Outcome.MANUAL_REVIEW)) {
      records.holdForReview(
          event.personId(),
          event.declarationId(),
          event.reviewedAt().truncatedTo(ChronoUnit.MILLIS));
    }
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
    if (review.decidedBy().isPresent()) {
      applyDecision(review, review.decidedBy().get());
      return;
    }
    if (review.colour().isEmpty()) {
      return;
    }
    Colour colour = review.colour().get();
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
                code, colour, ACTOR, reason.length() > 500 ? reason.substring(0, 500) : reason));
  }

  /**
   * A reviewer's decision on a queued declaration: a reviewed decision, which may lower a colour.
   * When the rules refuse it (the code changed meanwhile and new risk wins), the refusal is logged
   * and the decision is not applied; the person's current code stands.
   */
  private void applyDecision(PendingReview review, String reviewer) {
    String reason = "declaration " + review.declarationId() + " decided " + review.outcome();
    try {
      changes.change(
          review.person(),
          code ->
              rules.decide(
                  code,
                  Decision.review(
                      review.colour().orElseThrow(), reason, reviewer, code.version())));
    } catch (HealthCodeException refused) {
      LOG.warning(
          "decision on declaration "
              + review.declarationId()
              + " not applied: "
              + refused.code()
              + " "
              + refused.getMessage());
    }
  }
}
