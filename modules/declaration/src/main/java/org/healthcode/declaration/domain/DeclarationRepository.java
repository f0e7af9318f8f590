package org.healthcode.declaration.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.declaration.api.ReviewOutcome;
import org.healthcode.declaration.api.SubmittedDeclaration;
import org.healthcode.identity.api.PersonId;

/** Declarations, each superseding the person's one before, and the manual review queue. */
public interface DeclarationRepository {

  /**
   * Stores the reviewed declaration as the newest, superseding the person's latest one; returns it
   * with its id.
   */
  SubmittedDeclaration add(Declaration declaration, String submittedBy, ReviewOutcome review);

  /** The person's declarations, newest first, with ids below {@code beforeId} if not null. */
  List<SubmittedDeclaration> history(PersonId person, Long beforeId, int limit);

  /** The declarations with these ids, by id; unknown ids are left out. */
  Map<Long, SubmittedDeclaration> byIds(Collection<Long> ids);

  /** Puts the item in the manual review queue. */
  void enqueue(ReviewItem item);

  /** Open items oldest first (ids grow with creation), after the item id if not null. */
  List<ReviewItem> openItems(Long afterId, int limit);

  /** The item, checked against its version at commit so that two decisions cannot both win. */
  Optional<ReviewItem> item(long id);

  /**
   * Writes the changes to the items read so far now, so that a decision that lost to another
   * reviewer's fails here (jakarta.persistence.OptimisticLockException) and not at commit.
   */
  void flush();
}
