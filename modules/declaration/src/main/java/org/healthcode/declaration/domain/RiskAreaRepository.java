package org.healthcode.declaration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthcode.declaration.api.RiskAreaDetails;

/** Risk areas, each with a validity; ended, never deleted. */
public interface RiskAreaRepository {

  /** The areas whose validity reaches back to {@code since} or later: all a review can need. */
  RiskAreas inForceSince(LocalDate since);

  /** Stores a new area; returns it with its id. */
  RiskAreaDetails add(RiskArea area, Instant createdAt, String createdBy);

  /** The area, locked for the calling transaction (ending it). */
  Optional<RiskArea> find(long id);

  /** Ends the area's validity on {@code validTo}; returns it as it is now. */
  RiskAreaDetails end(long id, LocalDate validTo, Instant endedAt, String endedBy);

  /** Areas by id after the given one; only those in force on the day if it is not null. */
  List<RiskAreaDetails> page(Long afterId, LocalDate activeOn, int limit);
}
