package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.Objects;
import org.healthcode.identity.api.EntryPointId;

/**
 * A time at an entry point when a confirmed case was there: from {@code from} to {@code to}, both
 * inclusive. Persistence can look exactly these up: check-ins at {@code entryPoint} with {@code at
 * BETWEEN from AND to}.
 */
public record ExposureInterval(EntryPointId entryPoint, Instant from, Instant to) {

  public ExposureInterval {
    Objects.requireNonNull(entryPoint, "entryPoint");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "an interval ends at or after its start: " + from + ">" + to);
    }
  }

  public boolean contains(Visit visit) {
    return entryPoint.equals(visit.entryPoint())
        && !visit.at().isBefore(from)
        && !visit.at().isAfter(to);
  }
}
