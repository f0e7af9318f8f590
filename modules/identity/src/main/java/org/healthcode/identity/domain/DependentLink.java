package org.healthcode.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcode.identity.api.Relationship;

/**
 * An account applying for a dependent. Ends, and is kept as history, when the dependent takes over
 * their own account; only one link per person may be current (a unique index sees to that).
 */
@Entity
@Table(name = "identity_dependent_link")
public class DependentLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Relationship relationship;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected DependentLink() {}

  DependentLink(long personId, Relationship relationship, Instant addedAt) {
    this.personId = personId;
    this.relationship = relationship;
    this.addedAt = addedAt;
  }

  public long personId() {
    return personId;
  }

  public Relationship relationship() {
    return relationship;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public boolean isCurrent() {
    return endedAt == null;
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }
}
