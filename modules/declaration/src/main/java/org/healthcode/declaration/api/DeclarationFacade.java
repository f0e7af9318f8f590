package org.healthcode.declaration.api;

import java.time.LocalDate;
import java.util.List;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * The declaration module's use cases. Lists take a position from a cursor (null for the first page)
 * and return up to {@code limit} items, so that a caller asking for one more than a page learns
 * whether another follows.
 */
public interface DeclarationFacade {

  /**
   * Submits a declaration for the caller's own person or a dependent, reviews it at once and stores
   * both; NOT_FOUND for anyone else, CONSENT_REQUIRED without consent, INVALID_DECLARATION naming
   * the field.
   */
  @CallableBy({Role.CITIZEN, Role.COUNTER})
  SubmittedDeclaration submit(PersonId personId, DeclarationForm form);

  /** The person's declarations, newest first, after the declaration id (exclusive). */
  @CallableBy(Role.CITIZEN)
  List<SubmittedDeclaration> history(PersonId personId, Long afterId, int limit);

  @CallableBy(Role.SUPERVISOR)
  RiskAreaDetails createRiskArea(
      String region, RiskLevel level, LocalDate validFrom, LocalDate validTo, String reason);

  @CallableBy(Role.SUPERVISOR)
  RiskAreaDetails endRiskArea(long id, LocalDate validTo, String reason);

  /** Risk areas by id after the given one; only those in force on {@code activeOn} if not null. */
  @CallableBy(Role.SUPERVISOR)
  List<RiskAreaDetails> riskAreas(Long afterId, LocalDate activeOn, int limit);

  @CallableBy(Role.SUPERVISOR)
  RuleVersion addRuleVersion(NewRuleVersion version);

  /** Every version of every rule, by id and version, after the given position. */
  @CallableBy(Role.SUPERVISOR)
  List<RuleVersion> rules(String afterId, Integer afterVersion, int limit);

  /** The open items of the manual review queue, oldest first, after the given item id. */
  @CallableBy(Role.REVIEWER)
  List<ReviewItemDetails> reviewQueue(Long afterId, int limit);

  @CallableBy(Role.REVIEWER)
  ReviewItemDetails decide(long itemId, ReviewDecision decision, String reason);
}
