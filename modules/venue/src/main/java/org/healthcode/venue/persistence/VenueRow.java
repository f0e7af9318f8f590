package org.healthcode.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;

/** A stored venue; never changes after registration. */
@Entity
@Table(name = "venue_venue")
class VenueRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  VenueCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  District district;

  @Column(nullable = false, updatable = false)
  String address;

  @Column(nullable = false, updatable = false)
  String operator;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  protected VenueRow() {}
}
