package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.status.api.AppealState;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.HealthReason;
import org.healthcode.status.api.ProposalState;
import org.healthcode.status.domain.Appeal;
import org.healthcode.status.domain.ChangeProposal;
import org.healthcode.status.domain.ColourChange;
import org.healthcode.status.domain.Decision;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.domain.HealthCode;
import org.healthcode.status.domain.HealthCodeRepository;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.domain.StatusRecords;

/**
 * The colour side of the status module as people use it: reading codes, manual changes under dual
 * control, appeals, notifications. Checks who may do what (a citizen acts only for self and
 * dependents; staff roles as named) and audits every staff step.
 */
@ApplicationScoped
public class StatusService {

  static final String PROPOSAL = "COLOUR_CHANGE_PROPOSAL";
  static final String APPEAL = "COLOUR_APPEAL";
  static final String HEALTH_CODE = "HEALTH_CODE";

  @Inject CallerContext callerContext;
  @Inject IdentityFacade identity;
  @Inject AuditLog auditLog;
  @Inject CodeChanges changes;
  @Inject HealthCodeRepository codes;
  @Inject StatusRecords records;
  @Inject DynamicManagement rules;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;
  @Inject ObservationTimers timers;

  // citizens

  /** The code of one of the caller's persons; NOT_FOUND for anyone else's. */
  @Transactional
  public HealthCode healthCode(PersonId person) {
    requireActingFor(person);
    return changes.current(person);
  }

  /** A page of a code's history, newest first, below the given version (0: from the newest). */
  @Transactional
  public List<ColourChange> history(PersonId person, long beforeVersion, int limit) {
    return codes.history(person, beforeVersion == 0 ? Long.MAX_VALUE : beforeVersion, limit);
  }

  @Transactional
  public Appeal appeal(PersonId person, String reason) {
    Caller caller = requireActingFor(person);
    HealthCode code = changes.current(person);
    if (code.colour().isEmpty()) {
      throw HealthCodeException.notFound("the person has no colour to appeal against");
    }
    Appeal appeal = new Appeal(code, reason, caller.subject(), settings.clock().instant());
    records.add(appeal);
    auditLog.record("COLOUR_APPEALED", APPEAL, String.valueOf(appeal.id()), appeal.reason());
    return appeal;
  }

  @Transactional
  public List<Notification> notifications(PersonId person, long beforeId, int limit) {
    requireActingFor(person);
    return records.notifications(person, beforeId, limit);
  }

  // staff

  /** A staff read of a person's code, audited with the reason given. */
  @Transactional
  public HealthCode healthCodeForReview(PersonId person, String reason) {
    callerContext.requireAnyOf(Role.REVIEWER, Role.SUPERVISOR);
    if (reason == null || reason.isBlank()) {
      throw HealthCodeException.badInput("reason is required");
    }
    requirePerson(person);
    auditLog.record("HEALTH_CODE_READ", HEALTH_CODE, person.toString(), reason.strip());
    return changes.current(person);
  }

  @Transactional
  public ChangeProposal propose(
      PersonId person,
      Colour target,
      HealthReason reasonCode,
      String reasonText,
      String legalBasis) {
    Caller caller = callerContext.requireAnyOf(Role.REVIEWER);
    requirePerson(person);
    HealthCode code = changes.current(person);
    ChangeProposal proposal =
        new ChangeProposal(
            person,
            target,
            reasonCode,
            reasonText,
            legalBasis,
            caller.subject(),
            settings.clock().instant(),
            code.version());
    records.add(proposal);
    auditLog.record(
        "COLOUR_CHANGE_PROPOSED", PROPOSAL, String.valueOf(proposal.id()), proposal.changeReason());
    return proposal;
  }

  /** Approves and applies a proposal in one transaction, again if the code changed meanwhile. */
  public ChangeProposal approve(long proposalId) {
    Caller caller = callerContext.requireAnyOf(Role.SUPERVISOR);
    return transactions.retrying(
        () -> {
          ChangeProposal proposal = proposalForDecision(proposalId);
          Decision decision = proposal.approve(caller.subject(), settings.clock().instant());
          changes.change(proposal.person(), code -> rules.decide(code, decision));
          auditLog.record(
              "COLOUR_CHANGE_APPROVED",
              PROPOSAL,
              String.valueOf(proposalId),
              proposal.changeReason());
          return proposal;
        });
  }

  @Transactional
  public ChangeProposal reject(long proposalId, String reason) {
    Caller caller = callerContext.requireAnyOf(Role.SUPERVISOR);
    ChangeProposal proposal = proposalForDecision(proposalId);
    proposal.reject(caller.subject(), reason, settings.clock().instant());
    auditLog.record(
        "COLOUR_CHANGE_REJECTED", PROPOSAL, String.valueOf(proposalId), proposal.decisionReason());
    return proposal;
  }

  @Transactional
  public List<ChangeProposal> proposals(ProposalState state, long afterId, int limit) {
    callerContext.requireAnyOf(Role.REVIEWER, Role.SUPERVISOR);
    return records.proposals(state, afterId, limit);
  }

  @Transactional
  public List<Appeal> openAppeals(long afterId, int limit) {
    callerContext.requireAnyOf(Role.REVIEWER);
    return records.appeals(AppealState.OPEN, afterId, limit);
  }

  /** Answers an appeal: with a colour it is applied as an APPEAL decision; empty keeps it. */
  public Appeal answer(long appealId, Optional<Colour> colour, String answer) {
    Caller caller = callerContext.requireAnyOf(Role.REVIEWER);
    return transactions.retrying(
        () -> {
          Appeal appeal =
              records
                  .appealForAnswer(appealId)
                  .orElseThrow(() -> HealthCodeException.notFound("No such appeal"));
          Optional<Decision> decision =
              appeal.answer(colour, answer, caller.subject(), settings.clock().instant());
          decision.ifPresent(
              decided -> changes.change(appeal.person(), code -> rules.decide(code, decided)));
          records.add(
              Notification.appealAnswered(
                  appeal.person(),
                  settings.clock().instant(),
                  appeal.contestedColour(),
                  appeal.answerText()));
          auditLog.record("COLOUR_APPEAL_ANSWERED", APPEAL, String.valueOf(appealId), answer);
          return appeal;
        });
  }

  /** Fires the due observation timers now, as the periodic job does; for operators. */
  public int runObservationTimers() {
    callerContext.requireAnyOf(Role.ADMIN);
    // the job's work, as the job does it: an operator holds no health role (docs/adr/0044)
    return CallerContext.as(Caller.system("observation-timers"), timers::sweep);
  }

  private ChangeProposal proposalForDecision(long id) {
    return records
        .proposalForDecision(id)
        .orElseThrow(() -> HealthCodeException.notFound("No such colour change proposal"));
  }

  private Caller requireActingFor(PersonId person) {
    Caller caller = callerContext.requireAnyOf(Role.CITIZEN);
    if (!identity.mayActFor(caller, person)) {
      // as identity answers: another account's person is not there for this caller
      throw HealthCodeException.notFound("No such person on this account");
    }
    return caller;
  }

  private void requirePerson(PersonId person) {
    if (identity.find(person).isEmpty()) {
      throw HealthCodeException.notFound("No such person");
    }
  }
}
