package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.Objects;
import org.healthcode.identity.api.EntryPointId;

/** Someone at an entry point at a time: a check-in or a scan, as contact tracing sees it. */
public record Visit(EntryPointId entryPoint, VisitorRef visitor, Instant at) {

  public Visit {
    Objects.requireNonNull(entryPoint, "entryPoint");
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(at, "at");
  }
}
