package org.healthcode.status.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.HealthReason;
import org.healthcode.status.api.ProposalState;
import org.healthcode.status.api.StatusErrorCodes;

/**
 * A manual colour change proposed by a reviewer, waiting for a different supervisor (dual control).
 * Decided once: approved (the change is then applied) or rejected (the code stays).
 */
@Entity
@Table(name = "status_change_proposal")
public class ChangeProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_colour", nullable = false, updatable = false)
  private Colour targetColour;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code", nullable = false, updatable = false)
  private HealthReason reasonCode;

  @Column(name = "reason_text", nullable = false, updatable = false)
  private String reasonText;

  @Column(name = "legal_basis", nullable = false, updatable = false)
  private String legalBasis;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "based_on_version", nullable = false, updatable = false)
  private long basedOnVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalState state;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  protected ChangeProposal() {}

  public ChangeProposal(
      PersonId person,
      Colour targetColour,
      HealthReason reasonCode,
      String reasonText,
      String legalBasis,
      String proposedBy,
      Instant proposedAt,
      long basedOnVersion) {
    ColourChange.requireText("reason", reasonText, 400);
    ColourChange.requireText("legalBasis", legalBasis, 200);
    if (targetColour == null || reasonCode == null) {
      throw HealthCodeException.badInput("targetColour and reasonCode are required");
    }
    this.personId = person.value();
    this.targetColour = targetColour;
    this.reasonCode = reasonCode;
    this.reasonText = reasonText.strip();
    this.legalBasis = legalBasis.strip();
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.basedOnVersion = basedOnVersion;
    this.state = ProposalState.PROPOSED;
  }

  /**
   * Approves the proposal and returns the decision to apply: refused when already decided, and when
   * the approver is the proposer (SELF_APPROVAL_REFUSED).
   */
  public Decision approve(String approver, Instant at) {
    requireOpenAndNotOwn(approver);
    state = ProposalState.APPROVED;
    decidedBy = approver;
    decidedAt = at;
    return Decision.manual(targetColour, changeReason(), proposedBy, approver, basedOnVersion);
  }

  /** Rejects the proposal; the code is left as it is. */
  public void reject(String supervisor, String reason, Instant at) {
    ColourChange.requireText("reason", reason, ColourChange.MAX_REASON_LENGTH);
    requireOpenAndNotOwn(supervisor);
    state = ProposalState.REJECTED;
    decidedBy = supervisor;
    decidedAt = at;
    decisionReason = reason.strip();
  }

  /** The reason recorded in the code's history: the health reason and the reviewer's words. */
  public String changeReason() {
    return reasonCode + ": " + reasonText + " (legal basis: " + legalBasis + ")";
  }

  private void requireOpenAndNotOwn(String supervisor) {
    if (state != ProposalState.PROPOSED) {
      throw new HealthCodeException(
          StatusErrorCodes.ALREADY_DECIDED, "proposal " + id + " is already " + state);
    }
    if (supervisor.equalsIgnoreCase(proposedBy)) {
      throw new HealthCodeException(
          StatusErrorCodes.SELF_APPROVAL_REFUSED,
          "a colour change is decided by someone other than its proposer");
    }
  }

  public long id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public Colour targetColour() {
    return targetColour;
  }

  public HealthReason reasonCode() {
    return reasonCode;
  }

  public String reasonText() {
    return reasonText;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public long basedOnVersion() {
    return basedOnVersion;
  }

  public ProposalState state() {
    return state;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
