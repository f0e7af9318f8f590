package org.healthcode.status.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.ColourChange;

/** One entry of a code's history (status_colour_change); insert-only. */
@Entity
@Table(name = "status_colour_change")
@IdClass(ColourChangeRow.Key.class)
public class ColourChangeRow {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ChangeCause cause;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "approved_by", updatable = false)
  private String approvedBy;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_colour", updatable = false)
  private Colour fromColour;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_colour", nullable = false, updatable = false)
  private Colour toColour;

  @Column(name = "observation_end", updatable = false)
  private Instant observationEnd;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected ColourChangeRow() {}

  ColourChangeRow(long personId, ColourChange change) {
    this.personId = personId;
    this.version = change.version();
    this.cause = change.cause();
    this.actor = change.actor();
    this.approvedBy = change.approvedBy().orElse(null);
    this.reason = change.reason();
    this.fromColour = change.from().orElse(null);
    this.toColour = change.to();
    this.observationEnd = change.observationEnd().orElse(null);
    this.changedAt = change.at();
  }

  ColourChange toChange() {
    return new ColourChange(
        version,
        cause,
        actor,
        Optional.ofNullable(approvedBy),
        reason,
        Optional.ofNullable(fromColour),
        toColour,
        Optional.ofNullable(observationEnd),
        changedAt);
  }

  /** The composite key (person, version). */
  public static class Key implements Serializable {
    private long personId;
    private long version;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.personId == personId && key.version == version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, version);
    }
  }
}
