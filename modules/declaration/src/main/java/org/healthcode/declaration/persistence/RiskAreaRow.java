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
import java.time.LocalDate;
import org.healthcode.declaration.api.RiskLevel;

/** A stored risk area; only its end (valid_to, ended_at, ended_by) ever changes. */
@Entity
@Table(name = "declaration_risk_area")
class RiskAreaRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  String region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  RiskLevel level;

  @Column(name = "valid_from", nullable = false, updatable = false)
  LocalDate validFrom;

  @Column(name = "valid_to")
  LocalDate validTo;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  String createdBy;

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "ended_by")
  String endedBy;

  protected RiskAreaRow() {}
}
