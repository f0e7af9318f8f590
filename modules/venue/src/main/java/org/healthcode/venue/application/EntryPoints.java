package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.cache.BoundedCache;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.Venues;

/**
 * Where each entry point is, read once per node: entry points and venues never change once added,
 * so a kept place is never stale, and the scan path saves a query. Not shared state: every node
 * reads the same from the database. A {@link BoundedCache} (docs/adr/0038): a city has about
 * 100,000 entry points, about 170 bytes each kept.
 */
@ApplicationScoped
public class EntryPoints {

  static final int MAX_KEPT = 250_000;

  /** Never stale; the time to live only lets a node forget entry points no longer scanned. */
  static final Duration KEPT_FOR = Duration.ofHours(12);

  @Inject Venues venues;

  private final BoundedCache<EntryPointId, EntryPointPlace> places =
      BoundedCache.create("entry_points", MAX_KEPT, KEPT_FOR);

  public Optional<EntryPointPlace> place(EntryPointId entryPoint) {
    return places.get(entryPoint, venues::placeOf);
  }
}
