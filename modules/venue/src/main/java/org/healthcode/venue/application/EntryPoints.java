package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.healthcode.venue.api.EntryPointId;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.persistence.VenueRepository;

/**
 * Where each entry point is, read once per node: entry points and venues never change once added,
 * so a kept place is never stale, and the scan path saves a query. Not shared state: every node
 * reads the same from the database. Bounded; emptied when full (a city has about 100,000).
 */
@ApplicationScoped
public class EntryPoints {

  static final int MAX_KEPT = 250_000;

  @Inject VenueRepository venues;

  private final ConcurrentMap<EntryPointId, EntryPointPlace> places = new ConcurrentHashMap<>();

  public Optional<EntryPointPlace> place(EntryPointId entryPoint) {
    EntryPointPlace kept = places.get(entryPoint);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<EntryPointPlace> found = venues.placeOf(entryPoint);
    found.ifPresent(
        place -> {
          if (places.size() >= MAX_KEPT) {
            places.clear();
          }
          places.put(entryPoint, place);
        });
    return found;
  }
}
