package org.healthcode.status.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;

/**
 * Where health codes are kept. The observation timers are the codes' own observation ends, so they
 * survive restarts without a timer store of their own.
 */
public interface HealthCodeRepository {

  Optional<HealthCode> find(PersonId person);

  /**
   * Stores {@link HealthCode#changesSinceLoad()}, provided the stored version is still {@link
   * HealthCode#versionAtLoad()}; refuses otherwise, so two concurrent changes cannot both win.
   */
  void save(HealthCode code);

  /** Timers of observations that ended at or before {@code now}, earliest first. */
  List<ObservationTimer> dueObservationTimers(Instant now, int limit);

  /**
   * Locks the person's code for the calling transaction if it is ORANGE and due at {@code now};
   * false if it is not due (any more) or another transaction holds it.
   */
  boolean lockIfDue(PersonId person, Instant now);

  /** The current colour, by one read; empty when the person has none yet. */
  Optional<Colour> colourOf(PersonId person);

  /** One page of a code's history, newest first, below the given version (exclusive). */
  List<ColourChange> history(PersonId person, long beforeVersion, int limit);
}
