package org.healthcode.declaration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.healthcode.declaration.api.ReviewDecision;
import org.healthcode.declaration.api.ReviewItemStatus;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A declaration waiting for a reviewer, then the reviewer's decision. Decided once: a second
 * decision, even a concurrent one (optimistic version), is ALREADY_DECIDED.
 */
@Entity
@Table(name = "declaration_review_item")
public class ReviewItem {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "declaration_id", nullable = false, updatable = false)
  private long declarationId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewItemStatus status;

  @Enumerated(EnumType.STRING)
  private ReviewDecision decision;

  private String reason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private int version;

  protected ReviewItem() {}

  public ReviewItem(long declarationId, Instant createdAt) {
    this.declarationId = declarationId;
    this.createdAt = createdAt;
    this.status = ReviewItemStatus.OPEN;
  }

  public void decide(ReviewDecision decision, String reason, String decidedBy, Instant decidedAt) {
    if (status != ReviewItemStatus.OPEN) {
      throw new HealthCodeException(
          DeclarationErrorCodes.ALREADY_DECIDED, "This item was decided already");
    }
    if (decision == null) {
      throw HealthCodeException.badInput("outcome: required");
    }
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw HealthCodeException.badInput("reason: 1 to " + MAX_REASON_LENGTH + " characters");
    }
    this.status = ReviewItemStatus.DECIDED;
    this.decision = decision;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public long id() {
    return id;
  }

  public long declarationId() {
    return declarationId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public ReviewItemStatus status() {
    return status;
  }

  public ReviewDecision decision() {
    return decision;
  }

  public String reason() {
    return reason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
