package org.healthcode.status.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.AppealState;
import org.healthcode.status.api.ProposalState;

/**
 * The status module's records besides the codes: pending reviews, review holds, proposals, appeals
 * and notifications. Lists are keyed by id for cursor pagination ({@code afterId} exclusive, 0 for
 * the first page). Methods that say "locks" lock the rows for the calling transaction and skip rows
 * another holds.
 */
public interface StatusRecords {

  /** Stores a new pending review; it has its id on return. */
  void add(PendingReview review);

  /** Stores a new proposal; it has its id on return. */
  void add(ChangeProposal proposal);

  /** Stores a new appeal; it has its id on return. */
  void add(Appeal appeal);

  /** Stores a new notification; it has its id on return. */
  void add(Notification notification);

  /** Locks the pending review, if still there and nobody else is applying it. */
  Optional<PendingReview> lockPendingReview(long id);

  /** The pending review of the declaration reviewed at that time, if any. */
  Optional<Long> pendingReviewId(long declarationId, Instant reviewedAt);

  /** The oldest pending reviews, to catch up on what was not applied right after commit. */
  List<Long> pendingReviewIds(int limit);

  /** Removes an applied pending review. */
  void remove(PendingReview review);

  /**
   * Holds the person's code while the declaration waits for a reviewer; once per declaration
   * (docs/adr/0019).
   */
  void holdForReview(PersonId person, long declarationId, Instant since);

  /** A reviewer decided the declaration: it no longer holds the code. */
  void releaseReviewHold(long declarationId);

  /**
   * The proposal, its row locked until the transaction ends, so that of two supervisors deciding it
   * at once the second sees the first's decision. A locking read is a current read: on a Galera
   * node a plain read can still show PENDING after another node approved (docs/adr/0045).
   */
  Optional<ChangeProposal> proposalForDecision(long id);

  /** The proposals in the state (all states for null) after {@code afterId}, by id. */
  List<ChangeProposal> proposals(ProposalState state, long afterId, int limit);

  /** The appeal, its row locked until the transaction ends, as {@link #proposalForDecision}. */
  Optional<Appeal> appealForAnswer(long id);

  /** The appeals in the state after {@code afterId}, by id. */
  List<Appeal> appeals(AppealState state, long afterId, int limit);

  /** A person's notifications, newest first, below the given id (exclusive; 0 for the first). */
  List<Notification> notifications(PersonId person, long beforeId, int limit);

  /**
   * Locks undelivered notifications that are due at {@code now} (not failed for good, past their
   * back-off), oldest first.
   */
  List<Notification> lockUndelivered(Instant now, int limit);
}
