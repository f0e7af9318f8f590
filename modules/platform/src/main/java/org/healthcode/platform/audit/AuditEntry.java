package org.healthcode.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the insert-only audit log; the table's triggers refuse updates and deletes. */
@Entity
@Table(name = "platform_audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_roles", nullable = false, updatable = false)
  private String actorRoles;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(updatable = false)
  private String reason;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      String actorRoles,
      String action,
      String subjectType,
      String subjectId,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorRoles = actorRoles;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String actorRoles() {
    return actorRoles;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String reason() {
    return reason;
  }
}
