package org.healthcode.declaration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.declaration.api.DeclarationFacade;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.DeclarationReviewed;
import org.healthcode.declaration.api.NewRuleVersion;
import org.healthcode.declaration.api.ReviewDecision;
import org.healthcode.declaration.api.ReviewItemDetails;
import org.healthcode.declaration.api.ReviewOutcome;
import org.healthcode.declaration.api.RiskAreaDetails;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.RuleVersion;
import org.healthcode.declaration.api.SubmittedDeclaration;
import org.healthcode.declaration.domain.BackgroundReview;
import org.healthcode.declaration.domain.CityTime;
import org.healthcode.declaration.domain.Declaration;
import org.healthcode.declaration.domain.DeclarationErrorCodes;
import org.healthcode.declaration.domain.DeclarationRepository;
import org.healthcode.declaration.domain.DeclarationSubmission;
import org.healthcode.declaration.domain.ReviewItem;
import org.healthcode.declaration.domain.RiskArea;
import org.healthcode.declaration.domain.RiskAreaRepository;
import org.healthcode.declaration.domain.Rule;
import org.healthcode.declaration.domain.RuleRepository;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.identity.api.PersonSummary;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.platform.security.Role;

/**
 * Declarations (DESIGN §3): citizens submit and read theirs, each reviewed in the same request
 * against the rules and risk areas in the database; supervisors manage risk areas and rule
 * versions; reviewers work the manual review queue. Every staff change is audited.
 */
@ApplicationScoped
public class DeclarationService implements DeclarationFacade {

  private static final int MAX_REASON_LENGTH = 500;

  @Inject IdentityFacade identity;
  @Inject CallerContext callerContext;
  @Inject AuditLog auditLog;
  @Inject DeclarationRepository declarations;
  @Inject RuleRepository rules;
  @Inject RiskAreaRepository riskAreas;
  @Inject Event<DeclarationReviewed> reviewed;

  private final Clock clock = Clock.systemUTC();
  private final DeclarationSubmission submission = new DeclarationSubmission(clock);
  private final BackgroundReview review = new BackgroundReview(clock);

  // the facade's access rules, as DeclarationFacade states them (docs/adr/0044)
  private static final ContractAccess SUBMIT =
      ContractAccess.of(DeclarationFacade.class, "submit", PersonId.class, DeclarationForm.class);
  private static final ContractAccess HISTORY =
      ContractAccess.of(DeclarationFacade.class, "history", PersonId.class, Long.class, int.class);
  private static final ContractAccess CREATE_RISK_AREA =
      ContractAccess.of(
          DeclarationFacade.class,
          "createRiskArea",
          String.class,
          RiskLevel.class,
          LocalDate.class,
          LocalDate.class,
          String.class);
  private static final ContractAccess END_RISK_AREA =
      ContractAccess.of(
          DeclarationFacade.class, "endRiskArea", long.class, LocalDate.class, String.class);
  private static final ContractAccess RISK_AREAS =
      ContractAccess.of(
          DeclarationFacade.class, "riskAreas", Long.class, LocalDate.class, int.class);
  private static final ContractAccess ADD_RULE_VERSION =
      ContractAccess.of(DeclarationFacade.class, "addRuleVersion", NewRuleVersion.class);
  private static final ContractAccess RULES =
      ContractAccess.of(DeclarationFacade.class, "rules", String.class, Integer.class, int.class);
  private static final ContractAccess REVIEW_QUEUE =
      ContractAccess.of(DeclarationFacade.class, "reviewQueue", Long.class, int.class);
  private static final ContractAccess DECIDE =
      ContractAccess.of(
          DeclarationFacade.class, "decide", long.class, ReviewDecision.class, String.class);

  @Override
  @Transactional
  public SubmittedDeclaration submit(PersonId personId, DeclarationForm form) {
    // counter staff declare for a person registered at a counter (docs/adr/0034)
    Caller caller = requireActingFor(personId, SUBMIT.check());
    if (!identity.hasConsent(personId)) {
      throw new HealthCodeException(
          DeclarationErrorCodes.CONSENT_REQUIRED,
          "The person must consent to the health-data notice before declaring");
    }
    Declaration declaration = submission.submit(personId, form);
    LocalDate today = CityTime.dateOf(clock.instant());
    ReviewOutcome outcome =
        review.review(
            declaration,
            rules.all(),
            riskAreas.inForceSince(today.minusDays(DeclarationSubmission.LOOKBACK_DAYS)));
    SubmittedDeclaration stored = declarations.add(declaration, caller.subject(), outcome);
    if (outcome.needsManualReview()) {
      declarations.enqueue(new ReviewItem(stored.id(), outcome.reviewedAt()));
    }
    if (caller.has(Role.COUNTER)) {
      // a staff action: counter staff declared on the person's behalf (docs/adr/0034)
      auditLog.record(
          "DECLARATION_SUBMITTED_AT_COUNTER", "DECLARATION", Long.toString(stored.id()), null);
    }
    reviewed.fire(
        new DeclarationReviewed(
            personId,
            stored.id(),
            outcome.outcome(),
            outcome.firedRules(),
            outcome.reviewedAt(),
            Optional.empty()));
    return stored;
  }

  @Override
  @Transactional
  public List<SubmittedDeclaration> history(PersonId personId, Long beforeId, int limit) {
    requireActingFor(personId, HISTORY.check());
    return declarations.history(personId, beforeId, limit);
  }

  @Override
  @Transactional
  public RiskAreaDetails createRiskArea(
      String region, RiskLevel level, LocalDate validFrom, LocalDate validTo, String reason) {
    CREATE_RISK_AREA.check();
    requireReason(reason);
    RiskArea area = new RiskArea(region, level, validFrom, validTo);
    RiskAreaDetails stored =
        riskAreas.add(area, clock.instant(), callerContext.current().subject());
    auditLog.record("RISK_AREA_CREATED", "RISK_AREA", Long.toString(stored.id()), reason);
    return stored;
  }

  @Override
  @Transactional
  public RiskAreaDetails endRiskArea(long id, LocalDate validTo, String reason) {
    END_RISK_AREA.check();
    requireReason(reason);
    RiskArea area =
        riskAreas.find(id).orElseThrow(() -> HealthCodeException.notFound("No such risk area"));
    if (validTo == null) {
      throw HealthCodeException.badInput("validTo: required");
    }
    if (area.validTo() != null && validTo.isAfter(area.validTo())) {
      throw new HealthCodeException(
          DeclarationErrorCodes.INVALID_RISK_AREA,
          "validTo: the area already ends on " + area.validTo() + "; it can only end earlier");
    }
    // the domain record refuses an end before the start
    new RiskArea(area.region(), area.level(), area.validFrom(), validTo);
    RiskAreaDetails ended =
        riskAreas.end(id, validTo, clock.instant(), callerContext.current().subject());
    auditLog.record("RISK_AREA_ENDED", "RISK_AREA", Long.toString(id), reason);
    return ended;
  }

  @Override
  @Transactional
  public List<RiskAreaDetails> riskAreas(Long afterId, LocalDate activeOn, int limit) {
    RISK_AREAS.check();
    return riskAreas.page(afterId, activeOn, limit);
  }

  @Override
  @Transactional
  public RuleVersion addRuleVersion(NewRuleVersion input) {
    ADD_RULE_VERSION.check();
    LocalDate today = CityTime.dateOf(clock.instant());
    if (input.validFrom() != null && input.validFrom().isBefore(today)) {
      // outcomes already given stay as they were; a rule cannot start in the past
      throw new HealthCodeException(
          DeclarationErrorCodes.INVALID_RULE,
          "validFrom: must be today (" + today + ") or later, was " + input.validFrom());
    }
    int version = (input.ruleId() == null ? 0 : rules.latestVersion(input.ruleId())) + 1;
    Rule rule =
        RuleJson.read(
            input.ruleId(),
            version,
            input.description(),
            input.outcome(),
            input.validFrom(),
            input.validTo(),
            input.condition());
    RuleVersion stored = rules.add(rule, clock.instant(), callerContext.current().subject());
    auditLog.record(
        "RULE_VERSION_ADDED", "RULE", rule.id() + ":" + rule.version(), rule.description());
    return stored;
  }

  @Override
  @Transactional
  public List<RuleVersion> rules(String afterId, Integer afterVersion, int limit) {
    RULES.check();
    return rules.page(afterId, afterVersion, limit);
  }

  @Override
  @Transactional
  public List<ReviewItemDetails> reviewQueue(Long afterId, int limit) {
    REVIEW_QUEUE.check();
    List<ReviewItem> items = declarations.openItems(afterId, limit);
    Map<Long, SubmittedDeclaration> byId =
        declarations.byIds(items.stream().map(ReviewItem::declarationId).toList());
    // a staff read of a person's data (DESIGN §6): one line per declaration shown
    items.forEach(
        item ->
            auditLog.record(
                "DECLARATION_READ",
                "DECLARATION",
                Long.toString(item.declarationId()),
                "review queue"));
    return items.stream().map(item -> details(item, byId.get(item.declarationId()))).toList();
  }

  @Override
  @Transactional
  public ReviewItemDetails decide(long itemId, ReviewDecision decision, String reason) {
    DECIDE.check();
    ReviewItem item =
        declarations
            .item(itemId)
            .orElseThrow(() -> HealthCodeException.notFound("No such review item"));
    item.decide(decision, reason, callerContext.current().subject(), clock.instant());
    try {
      declarations.flush();
    } catch (OptimisticLockException e) {
      throw new HealthCodeException(
          DeclarationErrorCodes.ALREADY_DECIDED, "Another reviewer decided this item meanwhile");
    }
    auditLog.record(
        "DECLARATION_REVIEWED", "DECLARATION", Long.toString(item.declarationId()), reason);
    SubmittedDeclaration declaration =
        declarations.byIds(List.of(item.declarationId())).get(item.declarationId());
    reviewed.fire(
        new DeclarationReviewed(
            declaration.personId(),
            declaration.id(),
            decision.outcome(),
            declaration.review().firedRules(),
            item.decidedAt(),
            Optional.of(callerContext.current().subject())));
    return details(item, declaration);
  }

  private ReviewItemDetails details(ReviewItem item, SubmittedDeclaration declaration) {
    String maskedName =
        identity.find(declaration.personId()).map(PersonSummary::maskedName).orElse(null);
    return new ReviewItemDetails(
        item.id(),
        declaration,
        maskedName,
        item.createdAt(),
        item.status(),
        item.decision(),
        item.reason(),
        item.decidedBy(),
        item.decidedAt());
  }

  /**
   * The caller, who passed the operation's access rule, must act for the person: NOT_FOUND
   * otherwise, as identity's person says.
   */
  private Caller requireActingFor(PersonId personId, Caller caller) {
    if (!identity.mayActFor(caller, personId)) {
      throw HealthCodeException.notFound("No such person among yours");
    }
    return caller;
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw HealthCodeException.badInput("reason: 1 to " + MAX_REASON_LENGTH + " characters");
    }
  }
}
