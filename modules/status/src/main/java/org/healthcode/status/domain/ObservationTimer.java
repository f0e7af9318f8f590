package org.healthcode.status.domain;

import java.time.Instant;
import java.util.Objects;
import org.healthcode.identity.api.PersonId;

/**
 * The timer that ends one ORANGE observation. It names the observation end it was set for, so a
 * timer that fires after the observation was extended, ended or replaced finds a different end and
 * does nothing: timers can be stored, retried and fired twice without harm.
 */
public record ObservationTimer(PersonId person, Instant observationEnd) {

  public ObservationTimer {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(observationEnd, "observationEnd");
  }
}
