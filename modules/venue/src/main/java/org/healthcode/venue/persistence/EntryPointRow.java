package org.healthcode.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored entry point of a venue; never changes after it is added. */
@Entity
@Table(name = "venue_entry_point")
class EntryPointRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "venue_id", nullable = false, updatable = false)
  Long venueId;

  @Column(nullable = false, updatable = false)
  String label;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  protected EntryPointRow() {}
}
