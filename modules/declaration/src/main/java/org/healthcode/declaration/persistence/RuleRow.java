package org.healthcode.declaration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.healthcode.declaration.api.Outcome;

/** One stored rule version; never updated, a change is a new version. */
@Entity
@Table(name = "declaration_rule")
@IdClass(RuleRow.Key.class)
class RuleRow {

  /** The primary key: rule id and version. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String id;
    int version;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.version == version && Objects.equals(key.id, id);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, version);
    }
  }

  @Id
  @Column(updatable = false)
  String id;

  @Id
  @Column(updatable = false)
  int version;

  @Column(name = "valid_from", nullable = false, updatable = false)
  LocalDate validFrom;

  @Column(name = "valid_to", updatable = false)
  LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  Outcome outcome;

  @Column(nullable = false, updatable = false)
  String description;

  @Column(name = "condition_json", nullable = false, updatable = false)
  String condition;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  String createdBy;

  protected RuleRow() {}
}
