package org.healthcode.declaration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcode.declaration.api.Outcome;

/** A stored declaration; insert-only, every column is fixed once written. */
@Entity
@Table(name = "declaration_declaration")
class DeclarationRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  long personId;

  @Column(name = "supersedes_id", updatable = false)
  Long supersedesId;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  String submittedBy;

  @Column(nullable = false, updatable = false)
  String answers;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  Outcome outcome;

  @Column(name = "fired_rules", nullable = false, updatable = false)
  String firedRules;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  Instant reviewedAt;

  protected DeclarationRow() {}
}
