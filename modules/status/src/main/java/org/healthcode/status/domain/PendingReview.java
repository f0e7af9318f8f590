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
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;

/**
 * A declaration review received but not yet applied to the code (status_pending_review, ADR 10).
 * {@code colour} is what the review gives the code, empty when it gives none (a manual review
 * waiting for a person); {@code outcome} the review's own outcome.
 */
@Entity
@Table(name = "status_pending_review")
public class PendingReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "declaration_id", nullable = false, updatable = false)
  private long declarationId;

  @Column(nullable = false, updatable = false)
  private String outcome;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Colour colour;

  @Column(nullable = false, updatable = false)
  private String rules;

  @Column(name = "decided_by", updatable = false)
  private String decidedBy;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected PendingReview() {}

  public PendingReview(
      PersonId person,
      long declarationId,
      String outcome,
      Optional<Colour> colour,
      String rules,
      Optional<String> decidedBy,
      Instant reviewedAt,
      Instant receivedAt) {
    this.personId = person.value();
    this.declarationId = declarationId;
    this.outcome = outcome;
    this.colour = colour.orElse(null);
    this.rules = rules.length() > 500 ? rules.substring(0, 500) : rules;
    this.decidedBy = decidedBy.orElse(null);
    this.reviewedAt = reviewedAt;
    this.receivedAt = receivedAt;
  }

  public long id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public long declarationId() {
    return declarationId;
  }

  public String outcome() {
    return outcome;
  }

  public Optional<Colour> colour() {
    return Optional.ofNullable(colour);
  }

  public String rules() {
    return rules;
  }

  /** The reviewer who decided the declaration; empty for the background review. */
  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }
}
